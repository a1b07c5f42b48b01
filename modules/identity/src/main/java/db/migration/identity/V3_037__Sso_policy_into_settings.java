package db.migration.identity;

import io.custos.platform.id.Ids;
import io.custos.platform.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The SSO-only policy becomes the tenant settings' {@code sso} group (WAVE2: one typed settings
 * resource): each tenant's policy row is merged into its settings document, a new one where the
 * tenant never changed a setting, then the policy table goes. In Java because the document is JSON
 * that MySQL and MariaDB would each build differently.
 */
public class V3_037__Sso_policy_into_settings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
                ResultSet policies =
                        read.executeQuery("SELECT tenant_id, sso_only, emergency_admins FROM identity_sso_policy")) {
            while (policies.next()) {
                JsonObject sso = Json.object(Map.of(
                        "required",
                        policies.getBoolean("sso_only"),
                        "emergencyAdmins",
                        policies.getString("emergency_admins").isBlank()
                                ? List.of()
                                : Arrays.asList(
                                        policies.getString("emergency_admins").split(" "))));
                mergeInto(db, policies.getString("tenant_id"), sso);
            }
        }
        try (Statement drop = db.createStatement()) {
            drop.execute("DROP TABLE identity_sso_policy");
        }
    }

    private static void mergeInto(Connection db, String tenant, JsonObject sso) throws Exception {
        JsonObject patch = Json.provider().createObjectBuilder().add("sso", sso).build();
        try (PreparedStatement find =
                db.prepareStatement("SELECT document FROM tenants_settings WHERE tenant_id = ? FOR UPDATE")) {
            find.setString(1, tenant);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    JsonObject document;
                    try (var reader = Json.provider().createReader(new StringReader(row.getString(1)))) {
                        document = reader.readObject();
                    }
                    try (PreparedStatement update = db.prepareStatement("UPDATE tenants_settings SET document = ?,"
                            + " version = version + 1 WHERE tenant_id = ?")) {
                        update.setString(
                                1,
                                Json.provider()
                                        .createMergePatch(patch)
                                        .apply(document)
                                        .toString());
                        update.setString(2, tenant);
                        update.executeUpdate();
                    }
                    return;
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO tenants_settings (tenant_id, id, document,"
                + " updated_at, updated_by, version) VALUES (?, ?, ?, ?, 'system', 1)")) {
            insert.setString(1, tenant);
            insert.setString(2, Ids.newId());
            insert.setString(3, patch.toString());
            insert.setObject(4, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
