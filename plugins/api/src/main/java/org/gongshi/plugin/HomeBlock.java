package org.gongshi.plugin;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A block on the home page: {@code template} (one of the plugin's, e.g. {@code qa/home-block.peb}) rendered with the
 * model {@code model} supplies at request time. A block whose model is empty is not shown.
 *
 * @since 0.1
 */
public record HomeBlock(String title, String template, Supplier<Map<String, Object>> model) {}
