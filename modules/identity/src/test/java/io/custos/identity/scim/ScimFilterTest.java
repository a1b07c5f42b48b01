package io.custos.identity.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimFilterTest {

    private static final Map<String, ScimQuery.Column> COLUMNS = Map.of(
            "username", new ScimQuery.Column("r.username", ScimQuery.Kind.TEXT),
            "externalid", new ScimQuery.Column("r.externalId", ScimQuery.Kind.EXACT),
            "emails.value", new ScimQuery.Column("r.email", ScimQuery.Kind.TEXT),
            "emails.type", new ScimQuery.Column("r.emailType", ScimQuery.Kind.EXACT),
            "active", new ScimQuery.Column("r.status", ScimQuery.Kind.ACTIVE));

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        ScimQuery.Where where = ScimQuery.where(
                ScimFilter.parse("userName eq \"a\" or not (active eq true) and externalId sw \"x\""),
                COLUMNS,
                "ACTIVE");

        assertThat(where.jpql())
                .isEqualTo("((LOWER(r.username) = :p0) OR ((NOT (r.status = :p1)) AND (r.externalId LIKE :p2)))");
        assertThat(where.parameters()).isEqualTo(Map.of("p0", "a", "p1", "ACTIVE", "p2", "x%"));
    }

    @Test
    void aValuePathFiltersTheSubAttributesOfItsAttribute() {
        ScimQuery.Where where = ScimQuery.where(
                ScimFilter.parse("emails[type eq \"work\" and value co \"50%_off\"]"), COLUMNS, "ACTIVE");

        assertThat(where.jpql()).isEqualTo("((r.emailType = :p0) AND (LOWER(r.email) LIKE :p1))");
        assertThat(where.parameters()).containsEntry("p1", "%50\\%\\_off%");
    }

    @Test
    void whatCannotBeAnsweredIsAnInvalidFilterNeverMatchAll() {
        for (String filter : new String[] {
            "userName xx \"a\"",
            "userName eq",
            "userName eq \"open",
            "(userName eq \"a\"",
            "password eq \"a\"",
            "userName eq \"a\" extra",
            "active eq \"yes\"",
            "userName gt \"a\"",
            ""
        }) {
            assertThatThrownBy(() -> ScimQuery.where(ScimFilter.parse(filter), COLUMNS, "ACTIVE"))
                    .as(filter)
                    .isInstanceOfSatisfying(
                            ScimException.class, e -> assertThat(e.scimType).isEqualTo("invalidFilter"));
        }
    }
}
