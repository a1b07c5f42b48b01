package io.custos.requests.breach;

import io.custos.platform.json.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An incident as registered: what happened, when it was discovered (every pack's clock runs from
 * then), which categories of data, whether it likely puts people at high risk, and how its
 * affected customers were chosen.
 */
@Entity
@Table(name = "requests_breach")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Breach {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "discovered_at", nullable = false)
    private Instant discoveredAt;

    /** Space-separated: categories are single words such as {@code contact} or {@code financial_account}. */
    @Column(name = "data_categories", nullable = false)
    private String dataCategories;

    @Column(name = "high_risk", nullable = false)
    private boolean highRisk;

    /** The selection as JSON, so that the register says how the affected customers were chosen. */
    @Column(name = "selection", nullable = false)
    private String selection;

    @Column(name = "affected_count", nullable = false)
    private int affectedCount;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Version
    @Column(name = "version")
    private long version;

    protected Breach() {}

    Breach(String id, NewBreach incident, String selection, Instant registeredAt, String registeredBy) {
        this.id = id;
        this.title = incident.title();
        this.description = incident.description();
        this.discoveredAt = incident.discoveredAt();
        this.dataCategories = String.join(" ", incident.dataCategories());
        this.highRisk = incident.highRisk();
        this.selection = selection;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    void counted(int affected) {
        this.affectedCount = affected;
    }

    String id() {
        return id;
    }

    Instant discoveredAt() {
        return discoveredAt;
    }

    boolean highRisk() {
        return highRisk;
    }

    int affectedCount() {
        return affectedCount;
    }

    List<String> dataCategories() {
        return Arrays.asList(dataCategories.split(" "));
    }

    private jakarta.json.JsonObject selection() {
        try (var reader = Json.provider().createReader(new java.io.StringReader(selection))) {
            return reader.readObject();
        }
    }

    BreachView view(List<BreachView.PackView> packs, List<BreachView.TaskView> tasks) {
        return new BreachView(
                id,
                title,
                description,
                discoveredAt,
                dataCategories(),
                highRisk,
                selection(),
                affectedCount,
                registeredAt,
                registeredBy,
                packs,
                tasks);
    }
}
