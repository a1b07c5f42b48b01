package io.custos.identity.staff;

import io.custos.platform.id.Ids;
import io.custos.platform.problem.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A staff member's account. Nothing about a person is ever deleted; accounts are offboarded. */
@Entity
@Table(name = "identity_staff")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Staff {

    public enum Status {
        ACTIVE,
        SUSPENDED,
        OFFBOARDED
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "home_store_id")
    private String homeStoreId;

    @Column(name = "manager_id")
    private String managerId;

    /** The identity provider's own id of this person (SCIM {@code externalId}); unique in the tenant. */
    @Column(name = "external_id")
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "mfa_enabled", nullable = false)
    private boolean mfaEnabled;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Staff() {}

    Staff(String username, String email, String displayName, String homeStoreId, String passwordHash, Instant now) {
        this.id = Ids.newId();
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.homeStoreId = homeStoreId;
        this.passwordHash = passwordHash;
        this.status = Status.ACTIVE;
        this.createdAt = now;
    }

    void changeEmail(String email) {
        requireNotOffboarded();
        this.email = email;
    }

    void changeDisplayName(String displayName) {
        requireNotOffboarded();
        this.displayName = displayName;
    }

    void moveToStore(String homeStoreId) {
        requireNotOffboarded();
        this.homeStoreId = homeStoreId;
    }

    /** {@code manager} is checked by the caller: in this tenant, not this person, no loop above them. */
    void reportTo(String manager) {
        requireNotOffboarded();
        this.managerId = manager;
    }

    void changePasswordHash(String passwordHash) {
        requireNotOffboarded();
        this.passwordHash = passwordHash;
    }

    /** An admin's reset: a temporary password its holder must replace before doing anything else. */
    public void resetPassword(String temporaryHash) {
        requireNotOffboarded();
        this.passwordHash = temporaryHash;
        this.passwordChangeRequired = true;
    }

    /** The holder chose their own password: whatever a reset restricted is lifted. */
    public void changeOwnPassword(String hash) {
        requireNotOffboarded();
        this.passwordHash = hash;
        this.passwordChangeRequired = false;
    }

    /** Stops every request of this account at once; an offboarded account stays offboarded. */
    void suspend() {
        requireNotOffboarded();
        if (status == Status.SUSPENDED) {
            throw new Conflict("staff-suspended", "staff " + id + " is suspended already");
        }
        status = Status.SUSPENDED;
    }

    void identifyExternally(String externalId) {
        requireNotOffboarded();
        this.externalId = externalId;
    }

    /** Lets a suspended account work again; an active one stays as it is, an offboarded one stays offboarded. */
    boolean reinstate() {
        requireNotOffboarded();
        if (status == Status.ACTIVE) {
            return false;
        }
        status = Status.ACTIVE;
        return true;
    }

    /** Ends the account for good: it cannot log in, and its grants are revoked beside it. */
    void offboard() {
        requireNotOffboarded();
        status = Status.OFFBOARDED;
        passwordHash = null;
    }

    public void enableMfa() {
        requireNotOffboarded();
        mfaEnabled = true;
    }

    public void disableMfa() {
        requireNotOffboarded();
        mfaEnabled = false;
    }

    private void requireNotOffboarded() {
        if (status == Status.OFFBOARDED) {
            throw new Conflict("staff-offboarded", "staff " + id + " is offboarded");
        }
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String homeStoreId() {
        return homeStoreId;
    }

    public String managerId() {
        return managerId;
    }

    public String externalId() {
        return externalId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public boolean mfaEnabled() {
        return mfaEnabled;
    }

    /** Signed in with a temporary password from an admin's reset: only changing it is allowed. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public long version() {
        return version;
    }

    /** The stored hash; absent for accounts created by configuration until a password is set. */
    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }
}
