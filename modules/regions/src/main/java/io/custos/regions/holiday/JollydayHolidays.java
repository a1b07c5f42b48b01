package io.custos.regions.holiday;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.custos.regions.api.PublicHolidays;
import io.custos.regions.api.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Public holidays (the observed day where a holiday moves off a weekend) of a country and, where
 * the library knows it, its subdivision. A country the library does not know counts weekends only:
 * its clocks come out shorter, never longer.
 */
@ApplicationScoped
public class JollydayHolidays implements PublicHolidays {

    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private final Map<YearOfPlace, Set<LocalDate>> holidays = new ConcurrentHashMap<>();

    @Override
    public WorkingDays of(String country, String subdivision) {
        String code = country.toLowerCase(Locale.ROOT);
        if (!HolidayManager.getSupportedCalendarCodes().contains(country.toUpperCase(Locale.ROOT))) {
            return WorkingDays.weekendsOnly();
        }
        HolidayManager manager =
                managers.computeIfAbsent(code, c -> HolidayManager.getInstance(ManagerParameters.create(c)));
        String[] region = region(manager, subdivision);
        return new WorkingDays(date -> holidays.computeIfAbsent(
                        new YearOfPlace(code, String.join("/", region), date.getYear()),
                        place -> manager.getHolidays(Year.of(place.year()), HolidayType.PUBLIC_HOLIDAY, region).stream()
                                .flatMap(h -> java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(h.getDate()), h.getObservedDate().stream()))
                                .collect(Collectors.toUnmodifiableSet()))
                .contains(date));
    }

    /** {@code US-CA} as the library's {@code ca} under {@code us}; none where it has no such part. */
    private static String[] region(HolidayManager manager, String subdivision) {
        if (subdivision == null || subdivision.indexOf('-') < 0) {
            return new String[0];
        }
        String part = subdivision.substring(subdivision.indexOf('-') + 1).toLowerCase(Locale.ROOT);
        return manager.getCalendarHierarchy().getChildren().containsKey(part) ? new String[] {part} : new String[0];
    }

    private record YearOfPlace(String country, String region, int year) {}
}
