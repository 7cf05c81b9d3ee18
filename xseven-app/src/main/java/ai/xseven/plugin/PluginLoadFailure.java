package ai.xseven.plugin;

import java.nio.file.Path;

/** A jar in the plugins folder that could not be installed, and why, in a sentence. */
public record PluginLoadFailure(Path jar, String reason) {}
