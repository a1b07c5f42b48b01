package io.custos.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    @Test
    void aDuplicateIsRecognisedByItsKeyAsMariaDbAndMySqlNameIt() {
        var mariaDb = duplicate("Duplicate entry 'acme' for key 'uq_tenants_tenant_slug'");
        var mySql = duplicate("Duplicate entry 'acme' for key 'tenants_tenant.uq_tenants_tenant_slug'");

        assertThat(Constraints.isDuplicateOf(mariaDb, "uq_tenants_tenant_slug")).isTrue();
        assertThat(Constraints.isDuplicateOf(mySql, "uq_tenants_tenant_slug")).isTrue();
        assertThat(Constraints.isDuplicateOf(
                        duplicate("Duplicate entry 'x' for key 'platform_idempotency.PRIMARY'"), "PRIMARY"))
                .isTrue();
    }

    @Test
    void anotherKeyOrAnotherFailureIsNotThatDuplicate() {
        assertThat(Constraints.isDuplicateOf(
                        duplicate("Duplicate entry 'acme' for key 'uq_tenants_tenant_slug'"), "tenant_slug"))
                .isFalse();
        assertThat(Constraints.isDuplicateOf(
                        duplicate("Duplicate entry 'a' for key 'x.uq_regions_region_code'"), "uq_tenants_tenant_slug"))
                .isFalse();
        assertThat(Constraints.isDuplicateOf(new PersistenceException("timeout"), "uq_tenants_tenant_slug"))
                .isFalse();
    }

    private static PersistenceException duplicate(String message) {
        return new PersistenceException(new SQLIntegrityConstraintViolationException(message, "23000", 1062));
    }
}
