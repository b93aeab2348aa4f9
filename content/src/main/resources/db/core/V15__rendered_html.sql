-- The safe HTML of each Markdown field, kept beside it: rendered when the item is written, so a public page reads it
-- instead of rendering and sanitizing the text on every view. rendered_with is the Markdown pipeline's version
-- (MarkdownRenderer.VERSION); rows rendered by none or an older one are rendered again when the site starts, which
-- fills these columns for the rows already here.
ALTER TABLE policy_text ADD COLUMN body_html TEXT;
ALTER TABLE policy_text ADD COLUMN rendered_with INTEGER;
ALTER TABLE bulletin ADD COLUMN body_html TEXT;
ALTER TABLE bulletin ADD COLUMN rendered_with INTEGER;
ALTER TABLE typical_case ADD COLUMN facts_html TEXT;
ALTER TABLE typical_case ADD COLUMN enforcement_html TEXT;
ALTER TABLE typical_case ADD COLUMN significance_html TEXT;
ALTER TABLE typical_case ADD COLUMN rendered_with INTEGER;
