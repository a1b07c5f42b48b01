package io.custos.identity.role;

import io.custos.platform.id.Ids;
import io.custos.platform.problem.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A tenant's named set of permissions; built-in roles are templates created at onboarding. */
@Entity
@Table(name = "identity_role")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Role {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Convert(converter = PermissionSetConverter.class)
    @Column(name = "permissions", nullable = false)
    private SortedSet<String> permissions;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Role() {}

    Role(String name, Set<Permission> permissions, boolean builtIn, Instant now) {
        this.id = Ids.newId();
        this.name = name;
        this.permissions = new TreeSet<>();
        permissions.forEach(p -> this.permissions.add(p.code()));
        this.builtIn = builtIn;
        this.createdAt = now;
    }

    /** A tenant role's new name and permissions; built-in templates stay as shipped. */
    void change(String newName, Set<Permission> newPermissions) {
        if (builtIn) {
            throw new Conflict("role-built-in", "built-in roles are templates: copy " + name + " and change the copy");
        }
        name = newName;
        permissions = new TreeSet<>();
        newPermissions.forEach(p -> permissions.add(p.code()));
    }

    public long version() {
        return version;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SortedSet<String> permissions() {
        return java.util.Collections.unmodifiableSortedSet(permissions);
    }

    public boolean holds(String permission) {
        return permissions.contains(permission);
    }

    public boolean isBuiltIn() {
        return builtIn;
    }
}
