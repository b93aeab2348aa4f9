package org.gongshi.site.plugins;

import java.util.Map;
import java.util.TreeMap;
import org.gongshi.plugin.Setting;
import org.gongshi.plugin.Settings;

/** A plugin's declared settings, each with its configured value or its default. */
final class PluginSettings implements Settings {
    private final String pluginId;
    private final Map<String, String> values = new TreeMap<>();

    PluginSettings(String pluginId, Iterable<Setting> declared, Map<String, String> configuration) {
        this.pluginId = pluginId;
        for (Setting setting : declared) {
            if (!setting.key().startsWith(pluginId + ".")) {
                throw new PluginException("plugin '" + pluginId + "' declares the setting '" + setting.key()
                        + "'; its settings must start with '" + pluginId + ".'");
            }
            values.put(setting.key(), configuration.getOrDefault(setting.key(), setting.defaultValue()));
        }
    }

    @Override
    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("plugin '" + pluginId + "' never declared the setting '" + key + "'");
        }
        return value;
    }
}
