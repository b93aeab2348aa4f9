package org.gongshi.site.web.guard;

/** How a refusal is shown: a zh-CN page for people (reading lists, or sending a form), problem+json for the API. */
enum Presentation {
    PAGE,
    FORM,
    PROBLEM
}
