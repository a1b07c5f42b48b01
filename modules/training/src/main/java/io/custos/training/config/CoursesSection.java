package io.custos.training.config;

import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.training.course.Course;
import io.custos.training.course.Courses;
import io.custos.training.course.GraceRule;
import io.custos.training.course.NewCourse;
import io.custos.training.course.NewVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code courses: [{code, title, version, validityMonths, jurisdictions, requiredForPermissions,
 * passMark?, contentRef?, statement?, requiresReacknowledgment?, graceMode?, graceDays?}]}: creates missing courses; a
 * course whose version differs from the current one gets that version published (requiring a new
 * acknowledgment unless {@code requiresReacknowledgment: false}).
 */
@ApplicationScoped
public class CoursesSection implements TenantConfigSection {

    private static final String[] FIELDS = {
        "code",
        "title",
        "version",
        "validityMonths",
        "jurisdictions",
        "requiredForPermissions",
        "passMark",
        "contentRef",
        "statement",
        "requiresReacknowledgment",
        "graceMode",
        "graceDays"
    };

    @Inject
    Courses courses;

    @Inject
    Validator validator;

    @Override
    public String key() {
        return "courses";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        List<Change> changes = new ArrayList<>();
        for (ConfigNode item : section.items()) {
            item.allowing(FIELDS);
            String code = item.text("code");
            Optional<Course> existing = courses.byCode(code);
            try {
                if (existing.isEmpty()) {
                    courses.create(caller, valid(item, newCourse(item)));
                    changes.add(new Change(key(), "create", code));
                } else if (!existing.get().isCurrent(item.text("version"))) {
                    NewVersion version = new NewVersion(
                            item.text("version"),
                            item.optionalText("requiresReacknowledgment")
                                    .map(Boolean::valueOf)
                                    .orElse(true),
                            item.optionalText("contentRef").orElse(null),
                            item.optionalText("statement").orElse(null),
                            null,
                            null);
                    courses.publish(caller, code, valid(item, version));
                    changes.add(new Change(key(), "publish", code + " " + version.version()));
                }
            } catch (InvalidInput invalid) {
                throw item.error(
                        invalid.errors().get(0).field(), invalid.errors().get(0).message());
            }
        }
        return changes;
    }

    private static NewCourse newCourse(ConfigNode item) {
        return new NewCourse(
                item.text("code"),
                item.text("title"),
                item.text("version"),
                number(item, "validityMonths").orElseThrow(() -> item.error("validityMonths", "is required")),
                item.texts("jurisdictions"),
                item.texts("requiredForPermissions"),
                number(item, "passMark").orElse(null),
                item.optionalText("contentRef").orElse(null),
                item.optionalText("statement").orElse(null),
                null,
                null,
                item.optionalText("graceMode")
                        .map(mode -> graceRule(item, mode))
                        .orElse(null),
                number(item, "graceDays").orElse(null));
    }

    private static GraceRule graceRule(ConfigNode item, String mode) {
        try {
            return GraceRule.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw item.error("graceMode", "must be one of TENANT_DEFAULT, BLOCK_AT_ONCE, AFTER_DUE_PLUS_GRACE");
        }
    }

    private static Optional<Integer> number(ConfigNode item, String field) {
        return item.optionalText(field).map(text -> {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw item.error(field, "must be a whole number");
            }
        });
    }

    private <T> T valid(ConfigNode item, T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            throw item.error(first.getPropertyPath().toString(), first.getMessage());
        }
        return request;
    }
}
