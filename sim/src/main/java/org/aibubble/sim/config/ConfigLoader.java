package org.aibubble.sim.config;

import java.nio.file.Path;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads a run's parameters: reads a YAML or JSON file with its {@code extends:} bases, applies the
 * command-line overrides, checks the tree strictly against the record tree (unknown, missing, null
 * and mistyped keys are errors; enum names may be written in kebab-case, e.g. {@code efficiency-shock})
 * and binds it onto {@link ModelConfig}, whose scenario events must name indicators the economy
 * reports. Every failure is a one-line {@link ConfigException}.
 * Instances keep no state between loads and may be shared between threads.
 */
public final class ConfigLoader {
    private final ConfigFiles files = new ConfigFiles();
    private final TreeOverrides treeOverrides = new TreeOverrides();
    private final ConfigBinder binder = new ConfigBinder();

    /**
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} config file
     * @return the bound config
     * @throws ConfigException when the file or a value is not acceptable
     */
    public ModelConfig load(Path file) throws ConfigException {
        return load(file, List.of()).config();
    }

    /**
     * @param file      a {@code .yaml}, {@code .yml} or {@code .json} config file
     * @param overrides applied in order after the {@code extends} merge and before binding
     * @return the bound config with the files it came from
     * @throws ConfigException when the file, an override or a value is not acceptable
     */
    public LoadedConfig load(Path file, List<ConfigOverride> overrides) throws ConfigException {
        ConfigFiles.MergedTree merged = files.read(file);
        ObjectNode tree = merged.tree();
        treeOverrides.apply(tree, overrides);
        return new LoadedConfig(EventIndicators.check(binder.bind(tree)), file, merged.files(), overrides);
    }

    /**
     * Applies {@code overrides} to a copy of {@code tree} and binds it: for sweeps and ensembles, which
     * derive many configs from one resolved tree without reading the files again.
     *
     * @param tree      a resolved config tree (not modified)
     * @param overrides applied in order to the copy
     * @return the bound config
     * @throws ConfigException when an override or a value is not acceptable
     */
    public ModelConfig bind(ObjectNode tree, List<ConfigOverride> overrides) throws ConfigException {
        ObjectNode copy = tree.deepCopy();
        treeOverrides.apply(copy, overrides);
        return EventIndicators.check(binder.bind(copy));
    }

    /**
     * Loads a file onto any record tree with the same rules as for {@link ModelConfig} (strict keys and
     * types, {@code extends:}, one-line errors): for files that are not model configs, such as the facts
     * file of {@code validate}, and for tests of the loader against record trees the model does not have.
     *
     * @param file      a {@code .yaml}, {@code .yml} or {@code .json} file
     * @param overrides applied in order before binding
     * @param root      the record type to bind
     * @return the bound record
     * @throws ConfigException when the file, an override or a value is not acceptable
     */
    public <T extends Record> T loadAs(Path file, List<ConfigOverride> overrides, Class<T> root) throws ConfigException {
        ObjectNode tree = files.read(file).tree();
        treeOverrides.apply(tree, overrides);
        return binder.bind(tree, root);
    }

    /**
     * @param tree a config tree (as parsed; modified in place)
     * @return the bound config
     * @throws ConfigException when a key or value is not acceptable
     */
    public ModelConfig bind(ObjectNode tree) throws ConfigException {
        return EventIndicators.check(binder.bind(tree));
    }
}
