package io.custos.training.course;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A privacy-training course: which jurisdictions (rule packs) it covers, for which permissions it
 * is required, how long an acknowledgment stays valid and which version is current. Versions are
 * numbered in publication order ({@code seq}); acknowledgments count from the last version that
 * required everyone to acknowledge again.
 */
@Entity
@Table(name = "training_course")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Course {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "content_ref")
    private String contentRef;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "pass_mark")
    private Integer passMark;

    @Column(name = "jurisdictions", nullable = false)
    private String jurisdictions;

    @Column(name = "required_for", nullable = false)
    private String requiredFor;

    @Column(name = "current_version", nullable = false)
    private String currentVersion;

    @Column(name = "current_seq", nullable = false)
    private int currentSeq;

    @Column(name = "acknowledge_from_seq", nullable = false)
    private int acknowledgeFromSeq;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "grace_mode", nullable = false)
    private GraceRule graceMode;

    @Column(name = "grace_days")
    private Integer graceDays;

    @Version
    @Column(name = "version")
    private long version;

    protected Course() {}

    Course(
            String code,
            String title,
            String contentRef,
            int validityMonths,
            Integer passMark,
            List<String> jurisdictions,
            List<String> requiredFor,
            String firstVersion,
            GraceRule graceMode,
            Integer graceDays,
            Instant now) {
        this.id = Ids.newId();
        this.code = code;
        this.title = title;
        this.contentRef = contentRef;
        this.validityMonths = validityMonths;
        this.passMark = passMark;
        this.jurisdictions = String.join(",", jurisdictions);
        this.requiredFor = String.join(",", requiredFor);
        this.currentVersion = firstVersion;
        this.currentSeq = 1;
        this.acknowledgeFromSeq = 1;
        this.graceMode = graceMode == null ? GraceRule.TENANT_DEFAULT : graceMode;
        this.graceDays = graceDays;
        this.createdAt = now;
    }

    /** Makes {@code name} the current version; answers its sequence number. */
    int publish(String name, boolean requiresReacknowledgment) {
        currentSeq++;
        currentVersion = name;
        if (requiresReacknowledgment) {
            acknowledgeFromSeq = currentSeq;
        }
        return currentSeq;
    }

    void changeContentRef(String contentRef) {
        this.contentRef = contentRef;
    }

    /** Applies the fields a change names; answers each changed field's value before and after. */
    Map<String, Map<String, Object>> change(CourseChange change, List<String> jurisdictions, List<String> required) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (change.title() != null && !change.title().strip().equals(title)) {
            before.put("title", title);
            title = change.title().strip();
            after.put("title", title);
        }
        if (change.validityMonths() != null && change.validityMonths() != validityMonths) {
            before.put("validityMonths", validityMonths);
            validityMonths = change.validityMonths();
            after.put("validityMonths", validityMonths);
        }
        if (change.passMark() != null && !change.passMark().equals(passMark)) {
            before.put("passMark", String.valueOf(passMark));
            passMark = change.passMark();
            after.put("passMark", passMark);
        }
        if (change.contentRef() != null && !change.contentRef().equals(contentRef)) {
            before.put("contentRef", String.valueOf(contentRef));
            contentRef = change.contentRef();
            after.put("contentRef", contentRef);
        }
        if (jurisdictions != null && !jurisdictions.equals(jurisdictions())) {
            before.put("jurisdictions", jurisdictions());
            this.jurisdictions = String.join(",", jurisdictions);
            after.put("jurisdictions", jurisdictions);
        }
        if (change.graceMode() != null && change.graceMode() != graceMode) {
            before.put("graceMode", graceMode.name());
            graceMode = change.graceMode();
            after.put("graceMode", graceMode.name());
        }
        if (change.graceDays() != null && !change.graceDays().equals(graceDays)) {
            before.put("graceDays", String.valueOf(graceDays));
            graceDays = change.graceDays();
            after.put("graceDays", graceDays);
        }
        if (required != null && !required.equals(requiredForPermissions())) {
            before.put("requiredForPermissions", requiredForPermissions());
            this.requiredFor = String.join(",", required);
            after.put("requiredForPermissions", required);
        }
        return Map.of("before", before, "after", after);
    }

    /** Whether staff holding {@code permission} over customers governed by {@code pack} need it. */
    public boolean isRequiredFor(String permission, String pack) {
        return requiredForPermissions().contains(permission) && covers(pack);
    }

    public boolean covers(String pack) {
        return jurisdictions().contains(pack);
    }

    public boolean isCurrent(String versionName) {
        return currentVersion.equals(versionName);
    }

    public GraceRule graceMode() {
        return graceMode;
    }

    /** The grace days of this course; null takes the tenant's. */
    public Integer graceDays() {
        return graceDays;
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String contentRef() {
        return contentRef;
    }

    public int validityMonths() {
        return validityMonths;
    }

    public Integer passMark() {
        return passMark;
    }

    public List<String> jurisdictions() {
        return split(jurisdictions);
    }

    public List<String> requiredForPermissions() {
        return split(requiredFor);
    }

    public String currentVersion() {
        return currentVersion;
    }

    public int currentSeq() {
        return currentSeq;
    }

    /** Acknowledgments of this version or a later one are current (if unexpired). */
    public int acknowledgeFromSeq() {
        return acknowledgeFromSeq;
    }

    public long version() {
        return version;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
