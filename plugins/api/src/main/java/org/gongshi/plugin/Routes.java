package org.gongshi.plugin;

import io.javalin.http.Handler;

/**
 * Where a plugin registers its public routes; paths are absolute, lowercase and readable, e.g. {@code /about}.
 *
 * <p>Pages rendered by these handlers get the site layout (templates extend {@code layout/base.peb}). Every POST is a
 * public form the host guards before the handler runs: it must come from this site ({@code Sec-Fetch-Site} /
 * {@code Origin}), carry the form token in the field {@value #CSRF_FIELD} (templates print it as
 * {@code <input type="hidden" name="_csrf" value="{{ publicForm.csrfToken }}">}), stay within the public-forms rate
 * limit and within its size: plain forms 1 MiB, {@link #postWithFiles} forms what their policy allows. Refusals are
 * zh-CN pages (403, 413, 429) the handler never sees.
 *
 * @since 0.1
 */
public interface Routes {
    /** The form field that carries the token of a public form. */
    String CSRF_FIELD = "_csrf";

    /** @since 0.1 */
    void get(String path, Handler handler);

    /** @since 0.1 */
    void post(String path, Handler handler);

    /**
     * A form with file fields ({@code multipart/form-data}): a request larger than {@code policy} allows in all
     * (files × size per file, plus room for the text fields) is refused with 413 before its body is read.
     *
     * @since 0.1
     */
    void postWithFiles(String path, UploadPolicy policy, Handler handler);
}
