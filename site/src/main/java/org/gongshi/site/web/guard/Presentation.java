package org.gongshi.site.web.guard;

/** How a refusal is shown: a zh-CN page for people, problem+json for the API. */
enum Presentation {
    PAGE,
    PROBLEM
}
