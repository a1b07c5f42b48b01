package io.custos.platform.config;

import io.custos.platform.security.Caller;
import java.util.List;

/**
 * One top-level section of tenant-config YAML, applied by the module that owns it, inside the
 * one transaction of the whole document. Applying brings the tenant to what the section says and
 * changes nothing that already is so: applying a file twice changes nothing the second time.
 */
public interface TenantConfigSection {

    /** The top-level key, such as {@code stores}. */
    String key();

    /** Sections apply in ascending order, so that references resolve (regions before stores). */
    int order();

    /** Applies the section and lists what changed; throws {@link ConfigError} naming the place. */
    List<Change> apply(Caller caller, ConfigNode section);

    /** One change the document made (or, in a dry run, would make). */
    record Change(String section, String action, String key) {}
}
