package io.custos.consent.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One published version of a privacy notice; immutable. */
@Entity
@Table(name = "consent_notice")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Notice {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "purpose", nullable = false, updatable = false)
    private String purpose;

    @Column(name = "language", nullable = false, updatable = false)
    private String language;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "title", nullable = false, updatable = false)
    private String title;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "text_sha256", nullable = false, updatable = false)
    private String textSha256;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    protected Notice() {}

    Notice(String id, NewNotice notice, int version, String textSha256, Instant publishedAt, String publishedBy) {
        this.id = id;
        this.purpose = notice.purpose();
        this.language = notice.language();
        this.version = version;
        this.title = notice.title();
        this.text = notice.text();
        this.textSha256 = textSha256;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public String id() {
        return id;
    }

    public String purpose() {
        return purpose;
    }

    NoticeView view() {
        return new NoticeView(id, purpose, language, version, title, text, textSha256, publishedAt, publishedBy);
    }
}
