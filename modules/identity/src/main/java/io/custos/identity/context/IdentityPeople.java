package io.custos.identity.context;

import io.custos.identity.api.People;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.identity.team.Teams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers other modules whether the staff and teams they reference exist in the bound tenant;
 * a staff member's state and home store come from their cached context.
 */
@ApplicationScoped
public class IdentityPeople implements People {

    @Inject
    StaffDirectory staff;

    @Inject
    Teams teams;

    @Inject
    StaffContexts contexts;

    @Override
    public boolean staffExists(String staffId) {
        return staff.find(staffId).isPresent();
    }

    @Override
    public boolean isActiveStaff(String staffId) {
        return contexts.of(staffId).active();
    }

    @Override
    public java.util.Optional<String> homeStoreOf(String staffId) {
        return contexts.of(staffId).homeStoreId();
    }

    @Override
    public java.util.Optional<String> staffIdByUsername(String username) {
        return staff.byUsername(username).map(Staff::id);
    }

    @Override
    public java.util.List<String> activeStaffIds() {
        return staff.activeIds();
    }

    @Override
    public boolean teamExists(String teamId) {
        return teams.find(teamId).isPresent();
    }
}
