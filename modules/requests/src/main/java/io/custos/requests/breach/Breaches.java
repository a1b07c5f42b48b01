package io.custos.requests.breach;

import io.custos.customers.api.CustomerRecords;
import io.custos.customers.api.CustomerSelection;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.id.Ids;
import io.custos.platform.json.Json;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import io.custos.requests.api.BreachChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The breach register: an incident registered with its affected customers (chosen by a query),
 * the packs they live under with each one's deadline and the notifications owed, in one
 * transaction with its audit entry; the notifications then completed one by one.
 */
@ApplicationScoped
public class Breaches {

    /** Affected customers are read and written a page at a time, so a large breach never sits in memory. */
    static final int SELECTION_PAGE = 1_000;

    @Inject
    TenantData data;

    @Inject
    CustomerRecords customers;

    @Inject
    RulePacks packs;

    @Inject
    Event<BreachChanged> changed;

    @Inject
    Clock clock;

    @Transactional
    public BreachView register(Caller caller, NewBreach incident) {
        Instant now = clock.instant();
        if (incident.discoveredAt().isAfter(now)) {
            throw new InvalidInput("discoveredAt", "must not be in the future");
        }
        CustomerSelection selection = incident.affected().selection();
        if (selection.namesNothing()) {
            throw new Unprocessable(
                    "empty-selection", "Name the affected customers by storeIds, regionIds, countries or customerIds");
        }
        String id = Ids.newId();
        Map<String, Integer> residentsByPack = new TreeMap<>();
        Map<String, RulePack> packByPlace = new LinkedHashMap<>();
        String after = null;
        List<CustomerFacts> page = customers.select(selection, after, SELECTION_PAGE);
        while (!page.isEmpty()) {
            for (CustomerFacts customer : page) {
                RulePack pack = packByPlace.computeIfAbsent(
                        customer.country() + "/" + customer.subdivision(),
                        place -> packs.governing(customer.country(), customer.subdivision()));
                residentsByPack.merge(pack.code(), 1, Integer::sum);
                data.em().persist(new BreachCustomer(id, customer.customerId(), pack.code()));
            }
            data.em().flush();
            data.em().clear();
            after = page.get(page.size() - 1).customerId();
            page = page.size() < SELECTION_PAGE ? List.of() : customers.select(selection, after, SELECTION_PAGE);
        }
        int total =
                residentsByPack.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            throw new Unprocessable("no-affected-customers", "The selection matches none of the tenant's customers");
        }
        Breach breach = new Breach(id, incident, Json.write(named(selection)), now, caller.staffId());
        breach.counted(total);
        data.em().persist(breach);
        List<BreachPack> involved = new ArrayList<>();
        List<BreachTask> tasks = new ArrayList<>();
        Map<String, RulePack> byCode =
                packByPlace.values().stream().collect(Collectors.toMap(RulePack::code, pack -> pack, (a, b) -> a));
        residentsByPack.forEach((code, residents) -> {
            NotificationDuty duty = NotificationDuty.of(
                    byCode.get(code), residents, total, incident.highRisk(), incident.discoveredAt());
            involved.add(new BreachPack(Ids.newId(), id, duty));
            if (duty.authorityNotice()) {
                tasks.add(new BreachTask(Ids.newId(), id, code, BreachTask.Kind.NOTIFY_AUTHORITY, duty.notifyBy()));
            }
            if (duty.individualsNotice()) {
                tasks.add(new BreachTask(Ids.newId(), id, code, BreachTask.Kind.NOTIFY_INDIVIDUALS, duty.notifyBy()));
            }
        });
        involved.forEach(data.em()::persist);
        tasks.forEach(data.em()::persist);
        BreachView view = breach.view(
                involved.stream().map(BreachPack::view).toList(),
                tasks.stream().map(task -> task.view(now)).toList());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("discoveredAt", incident.discoveredAt().toString());
        details.put("dataCategories", incident.dataCategories());
        details.put("highRisk", incident.highRisk());
        details.put("affectedCustomers", total);
        details.put("packs", involved.stream().map(BreachPack::trail).toList());
        changed.fire(new BreachChanged(caller.tenantId(), caller.staffId(), id, BreachChanged.REGISTER, details, now));
        return view;
    }

    @Transactional
    public BreachView get(String id) {
        Breach breach = find(id);
        Instant now = clock.instant();
        return breach.view(
                packsOf(List.of(id)).getOrDefault(id, List.of()),
                tasksOf(List.of(id), now).getOrDefault(id, List.of()));
    }

    /** The register in id order, each breach with its packs and tasks (two queries per page). */
    @Transactional
    public Page<BreachView> list(PageRequest request) {
        TypedQuery<Breach> query = data.em()
                .createQuery(
                        request.after() == null
                                ? "SELECT b FROM Breach b ORDER BY b.id"
                                : "SELECT b FROM Breach b WHERE b.id > :after ORDER BY b.id",
                        Breach.class);
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        List<Breach> found = query.setMaxResults(request.probeSize()).getResultList();
        List<String> ids = found.stream().map(Breach::id).toList();
        Instant now = clock.instant();
        Map<String, List<BreachView.PackView>> packViews = packsOf(ids);
        Map<String, List<BreachView.TaskView>> taskViews = tasksOf(ids, now);
        return Page.of(
                found,
                request,
                Breach::id,
                b -> b.view(packViews.getOrDefault(b.id(), List.of()), taskViews.getOrDefault(b.id(), List.of())));
    }

    /** The customers the breach affected, in id order. */
    @Transactional
    public Page<BreachView.AffectedCustomer> affected(String id, PageRequest request) {
        find(id);
        TypedQuery<BreachCustomer> query = data.em()
                .createQuery(
                        "SELECT c FROM BreachCustomer c WHERE c.breachId = :breach"
                                + (request.after() == null ? "" : " AND c.customerId > :after")
                                + " ORDER BY c.customerId",
                        BreachCustomer.class)
                .setParameter("breach", id);
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                BreachCustomer::customerId,
                BreachCustomer::view);
    }

    /** Records a notification as made, once, with how; late ones say so on the trail. */
    @Transactional
    public BreachView completeTask(Caller caller, String id, String taskId, TaskCompletion completion) {
        find(id);
        BreachTask task = data.em().find(BreachTask.class, taskId);
        if (task == null || !task.breachId().equals(id)) {
            throw new NotFound("breach-task", taskId);
        }
        Instant now = clock.instant();
        task.complete(caller.staffId(), completion.note(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", taskId);
        details.put("rulePack", task.packCode());
        details.put("kind", task.kind().name());
        details.put("dueAt", String.valueOf(task.dueAt()));
        details.put("late", task.dueAt() != null && task.dueAt().isBefore(now));
        details.put("note", completion.note());
        changed.fire(
                new BreachChanged(caller.tenantId(), caller.staffId(), id, BreachChanged.COMPLETE_TASK, details, now));
        return get(id);
    }

    /** The kinds of the selection that were named, as the register shows them. */
    private static Map<String, List<String>> named(CustomerSelection selection) {
        Map<String, List<String>> named = new TreeMap<>();
        Map.of(
                        "storeIds", selection.storeIds(),
                        "regionIds", selection.regionIds(),
                        "countries", selection.countries(),
                        "customerIds", selection.customerIds())
                .forEach((kind, values) -> {
                    if (!values.isEmpty()) {
                        named.put(kind, values);
                    }
                });
        return named;
    }

    private Map<String, List<BreachView.PackView>> packsOf(List<String> breachIds) {
        if (breachIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<BreachView.PackView>> views = new LinkedHashMap<>();
        data.em()
                .createQuery(
                        "SELECT p FROM BreachPack p WHERE p.breachId IN :ids ORDER BY p.breachId, p.packCode",
                        BreachPack.class)
                .setParameter("ids", breachIds)
                .getResultList()
                .forEach(p -> views.computeIfAbsent(p.breachId(), k -> new ArrayList<>())
                        .add(p.view()));
        return views;
    }

    private Map<String, List<BreachView.TaskView>> tasksOf(List<String> breachIds, Instant now) {
        if (breachIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<BreachView.TaskView>> views = new LinkedHashMap<>();
        data.em()
                .createQuery(
                        "SELECT t FROM BreachTask t WHERE t.breachId IN :ids ORDER BY t.breachId, t.packCode, t.kind",
                        BreachTask.class)
                .setParameter("ids", breachIds)
                .getResultList()
                .forEach(t -> views.computeIfAbsent(t.breachId(), k -> new ArrayList<>())
                        .add(t.view(now)));
        return views;
    }

    private Breach find(String id) {
        Breach breach = data.em().find(Breach.class, id);
        if (breach == null) {
            throw new NotFound("breach", id);
        }
        return breach;
    }
}
