package be.foyer.housing;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.tenants.KnownTenants;
import be.foyer.platform.test.TopicProbe;

/** What the housing tests share: requests through MockMvc, tenants made known, a look at the store and topic. */
public abstract class HousingApi {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Autowired
    protected MockMvc http;

    @Autowired
    protected MongoDatabase database;

    @Autowired
    private KnownTenants knownTenants;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected static String address(String street, String postcode, String municipality) {
        return "{\"street\":\"" + street + "\",\"number\":\"7\",\"postcode\":\"" + postcode
                + "\",\"municipality\":\"" + municipality + "\"}";
    }

    protected ResultActions postJson(RequestPostProcessor user, String path, String body) throws Exception {
        return http.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected ResultActions getAs(RequestPostProcessor user, String path) throws Exception {
        return http.perform(get(path).with(user));
    }

    /** POSTs, expects 201 and returns the new id. */
    protected String create(RequestPostProcessor user, String path, String body) throws Exception {
        String answer = postJson(user, path, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    protected String site(RequestPostProcessor user, String name, String model, String... sharedSpaces)
            throws Exception {
        String spaces = sharedSpaces.length == 0 ? "[]" : "[\"" + String.join("\",\"", sharedSpaces) + "\"]";
        return create(user, "/api/sites", "{\"name\":\"" + name + "\",\"housingModel\":\"" + model
                + "\",\"address\":" + address("Rue de la Victoire", "1060", "Saint-Gilles")
                + ",\"sharedSpaces\":" + spaces + ",\"houseRules\":\"Quiet after 22:00\"}");
    }

    protected String dwelling(RequestPostProcessor user, String model, int capacity) throws Exception {
        return create(user, "/api/dwellings", "{\"address\":" + address("Rue Haute", "1000", "Bruxelles")
                + ",\"housingModel\":\"" + model + "\",\"capacity\":" + capacity + "}");
    }

    protected String dwellingOnSite(RequestPostProcessor user, String siteId, int capacity) throws Exception {
        return create(user, "/api/dwellings", "{\"address\":" + address("Rue de la Victoire", "1060", "Saint-Gilles")
                + ",\"siteId\":\"" + siteId + "\",\"capacity\":" + capacity + ",\"monthlyRentCents\":45000}");
    }

    protected static String tenancy(String tenantId, String dwellingId, LocalDate moveIn) {
        return "{\"tenantId\":\"" + tenantId + "\",\"dwellingId\":\"" + dwellingId + "\",\"moveInDate\":\"" + moveIn
                + "\",\"rentShareCents\":25000}";
    }

    protected String moveIn(RequestPostProcessor user, String tenantId, String dwellingId, LocalDate moveIn)
            throws Exception {
        return create(user, "/api/tenancies", tenancy(tenantId, dwellingId, moveIn));
    }

    /** Sends {@code count} requests at once, released together, and returns their HTTP statuses. */
    protected List<Integer> race(RequestPostProcessor user, String path, int count, IntFunction<String> body)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String request = body.apply(i);
                Callable<Integer> racer = () -> {
                    start.await();
                    return postJson(user, path, request).andReturn().getResponse().getStatus();
                };
                results.add(pool.submit(racer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A tenant of {@code organisation}, announced on the tenant topic as tenant-service would, and taken in. */
    protected String knownTenant(String organisation) {
        String tenantId = UUID.randomUUID().toString();
        new TopicProbe(kafka).send(EventEnvelope.of(organisation,
                new TenantRegistered(tenantId, LocalDate.of(2026, 1, 15), null), Instant.now()));
        await().atMost(PATIENCE).until(() -> knownTenants.has(organisation, tenantId));
        return tenantId;
    }

    /**
     * What a refused request must leave as it was: the number of documents of each collection and each document's
     * pending events, dwellings' versions. Every event is written into an aggregate's document, so an unchanged
     * store means no event either.
     */
    protected Map<String, Object> store() {
        Map<String, Object> state = new TreeMap<>();
        for (String collection : List.of("sites", "dwellings", "tenancies", "housing_searches")) {
            state.put(collection, database.getCollection(collection).countDocuments());
        }
        for (Document dwelling : database.getCollection("dwellings").find()) {
            state.put("dwelling " + dwelling.get("_id"), dwelling.get("version") + "/" + dwelling.get("occupied"));
        }
        for (Document search : database.getCollection("housing_searches").find()) {
            state.put("search " + search.get("_id"), search.getString("status") + "/"
                    + search.getList("steps", Document.class, List.of()).size());
        }
        return state;
    }

    /** Records of the housing topic with {@code key}, read until one whose payload matches {@code until} came. */
    protected List<ConsumerRecord<String, String>> housingRecords(String key, Predicate<Object> until) {
        List<ConsumerRecord<String, String>> records = new TopicProbe(kafka).readAll(Topics.HOUSING,
                record -> key.equals(record.key()) && until.test(payload(record)), PATIENCE);
        return records.stream().filter(record -> key.equals(record.key())).toList();
    }

    protected static String type(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value()).map(EventEnvelope::type).orElse("?");
    }

    protected static Object payload(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value()).orElseThrow().payload();
    }
}
