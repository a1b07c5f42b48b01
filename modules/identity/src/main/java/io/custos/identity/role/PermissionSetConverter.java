package io.custos.identity.role;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/** Stores a role's permission codes as one space-separated column: roles are read whole. */
@Converter
public class PermissionSetConverter implements AttributeConverter<SortedSet<String>, String> {

    @Override
    public String convertToDatabaseColumn(SortedSet<String> permissions) {
        return String.join(" ", permissions);
    }

    @Override
    public SortedSet<String> convertToEntityAttribute(String column) {
        TreeSet<String> permissions = new TreeSet<>();
        if (column != null && !column.isBlank()) {
            permissions.addAll(Arrays.asList(column.trim().split("\\s+")));
        }
        return permissions;
    }
}
