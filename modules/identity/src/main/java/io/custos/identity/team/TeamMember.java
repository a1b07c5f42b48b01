package io.custos.identity.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One staff member's membership of one team. */
@Entity
@Table(name = "identity_team_member")
@IdClass(TeamMember.Key.class)
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class TeamMember {

    @Id
    @Column(name = "team_id")
    private String teamId;

    @Id
    @Column(name = "staff_id")
    private String staffId;

    protected TeamMember() {}

    TeamMember(String teamId, String staffId) {
        this.teamId = teamId;
        this.staffId = staffId;
    }

    public String staffId() {
        return staffId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String teamId;
        String staffId;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.teamId.equals(teamId) && k.staffId.equals(staffId);
        }

        @Override
        public int hashCode() {
            return teamId.hashCode() * 31 + staffId.hashCode();
        }
    }
}
