package io.custos.tenants.settings;

import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import io.custos.platform.transaction.TransactionMemo;
import io.custos.tenants.api.TenantSettings;
import io.custos.tenants.api.TenantSettingsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bound tenant's settings. Each transaction reads the tenant's row once (one unique-key read,
 * memoised for the rest of the transaction): that is what checking a cached copy against a version
 * counter would cost too, and it cannot be stale, so a read after another instance's committed change
 * sees it. What is kept across requests is only the parsing, by the stored text itself, so an
 * uncommitted or rolled-back change can never be served to anyone.
 */
@ApplicationScoped
public class CurrentSettings implements TenantSettingsReader {

    @Inject
    TenantData data;

    @Inject
    TransactionMemo memo;

    /** The last document parsed per tenant; one entry per tenant, as the tenant registry keeps. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    @Override
    @Transactional
    public TenantSettings current() {
        return versioned().settings();
    }

    @Transactional
    public Versioned versioned() {
        return memo.get(InForce.KEY, () -> row(LockModeType.NONE)
                .map(stored -> new Versioned(parse(stored.document()), stored.version()))
                .orElseGet(() -> new Versioned(TenantSettings.DEFAULTS, 0)));
    }

    /** The row with {@code lock}, if the tenant ever changed a setting. */
    Optional<StoredSettings> row(LockModeType lock) {
        return data.em()
                .createQuery("SELECT s FROM StoredSettings s", StoredSettings.class)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /** After a change in this transaction: its next read sees the change. */
    void forget() {
        memo.forget(InForce.KEY);
    }

    TenantSettings parse(String document) {
        String tenant = TenantScope.required().value();
        Parsed known = parsed.get(tenant);
        if (known != null && known.document().equals(document)) {
            return known.settings();
        }
        TenantSettings settings = SettingsDocument.read(document);
        parsed.put(tenant, new Parsed(document, settings));
        return settings;
    }

    private record Parsed(String document, TenantSettings settings) {}

    /** The memo key of the settings in force in this transaction. */
    private enum InForce {
        KEY
    }
}
