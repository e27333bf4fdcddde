"""Rendering: documents laid out like the Assemblée nationale's, in PDF, DOCX, ODT, HTML, text.

One pipeline for every kind of document:

1. a module builds the Pandoc AST of its document with the helpers of :mod:`.ast` (all text
   through :func:`.ast.text`, paragraphs in the named styles of ``styles/an-styles.json``):
   :func:`.document.text_ast` for texts, :func:`.amendment.amendment_ast` for amendments;
2. :func:`.pipeline.render_blocks` (one format) or :func:`.pipeline.render_many` (several, in
   parallel) prepares the AST for each format (:mod:`.formats`), runs the bundled pandoc, compiles
   Typst to PDF in-process with the fonts of ``styles/fonts``, and writes each file atomically.

Importing this package costs nothing; pandoc and Typst are reached only when rendering.
"""
