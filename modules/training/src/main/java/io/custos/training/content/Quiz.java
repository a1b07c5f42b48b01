package io.custos.training.content;

import io.custos.platform.json.Json;
import io.custos.platform.json.StrictJson;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A version's quiz as stored, correct answers included: it never leaves the server but in the
 * author's view. Question ids ({@code q1}) and option ids ({@code q1a}) are given by position.
 */
public record Quiz(int passMark, List<Question> questions, List<Pool> pools) {

    public enum Kind {
        SINGLE,
        MULTIPLE
    }

    public record Question(String id, String text, Kind kind, String pool, List<Option> options) {

        Set<String> correct() {
            return options.stream().filter(Option::correct).map(Option::id).collect(Collectors.toSet());
        }

        public boolean has(String optionId) {
            return options.stream().anyMatch(o -> o.id().equals(optionId));
        }
    }

    public record Option(String id, String text, boolean correct) {}

    public record Pool(String name, int draw) {}

    /** The outcome of one attempt: score in percent (rounded half up), passed, the questions answered wrong. */
    public record Scored(int score, boolean passed, List<String> wrong) {}

    /**
     * Checks and numbers what an author wrote; errors name the place ({@code quiz.questions[1].options}).
     * Without a pass mark of its own the quiz takes {@code coursePassMark}.
     */
    public static Quiz of(NewQuiz quiz, Integer coursePassMark) {
        List<FieldError> errors = new ArrayList<>();
        Integer passMark = quiz.passMark() == null ? coursePassMark : quiz.passMark();
        if (passMark == null) {
            errors.add(new FieldError("quiz.passMark", "is required: the course has no pass mark"));
        }
        List<Pool> pools = quiz.pools() == null
                ? List.of()
                : quiz.pools().stream()
                        .map(p -> new Pool(p.name().strip(), p.draw()))
                        .toList();
        if (pools.stream().map(Pool::name).distinct().count() < pools.size()) {
            errors.add(new FieldError("quiz.pools", "must not name a pool twice"));
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            NewQuiz.Question q = quiz.questions().get(i);
            String id = "q" + (i + 1);
            List<Option> options = new ArrayList<>();
            for (int j = 0; j < q.options().size(); j++) {
                NewQuiz.Option o = q.options().get(j);
                options.add(new Option(id + (char) ('a' + j), Sanitiser.text(o.text()), o.correct()));
            }
            long correct = options.stream().filter(Option::correct).count();
            if (q.kind() == Kind.SINGLE && correct != 1) {
                errors.add(new FieldError(
                        "quiz.questions[" + i + "].options",
                        "a single-choice question has exactly one correct option"));
            }
            if (q.kind() == Kind.MULTIPLE && correct < 1) {
                errors.add(new FieldError(
                        "quiz.questions[" + i + "].options",
                        "a multiple-choice question has at least one correct option"));
            }
            String pool = q.pool() == null ? null : q.pool().strip();
            if (pool != null && pools.stream().noneMatch(p -> p.name().equals(pool))) {
                errors.add(new FieldError("quiz.questions[" + i + "].pool", "no pool " + pool + " in quiz.pools"));
            }
            questions.add(new Question(id, Sanitiser.text(q.text()), q.kind(), pool, List.copyOf(options)));
        }
        for (int i = 0; i < pools.size(); i++) {
            Pool pool = pools.get(i);
            long size =
                    questions.stream().filter(q -> pool.name().equals(q.pool())).count();
            if (pool.draw() > size) {
                errors.add(new FieldError(
                        "quiz.pools[" + i + "].draw",
                        "draws " + pool.draw() + " of pool " + pool.name() + ", which holds " + size + " questions"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Quiz(passMark, List.copyOf(questions), pools);
    }

    public static Optional<Quiz> fromJson(String json) {
        return Optional.ofNullable(json).map(j -> StrictJson.read(j, Quiz.class));
    }

    public String toJson() {
        return Json.write(this);
    }

    public int questionsPerAttempt() {
        return (int) questions.stream().filter(q -> q.pool() == null).count()
                + pools.stream().mapToInt(Pool::draw).sum();
    }

    /** The ids of the questions one attempt asks, in the quiz's order: every pool drawn anew. */
    public List<String> draw(Random random) {
        Set<String> drawn = new HashSet<>();
        for (Pool pool : pools) {
            List<Question> members = new ArrayList<>(
                    questions.stream().filter(q -> pool.name().equals(q.pool())).toList());
            Collections.shuffle(members, random);
            members.stream().limit(pool.draw()).forEach(q -> drawn.add(q.id()));
        }
        return questions.stream()
                .filter(q -> q.pool() == null || drawn.contains(q.id()))
                .map(Question::id)
                .toList();
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Scores the answers to the asked questions: right only when exactly the correct options are chosen. */
    public Scored score(List<String> asked, Map<String, Set<String>> chosen) {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        List<String> wrong = asked.stream()
                .filter(id -> !byId.get(id).correct().equals(chosen.getOrDefault(id, Set.of())))
                .toList();
        int right = asked.size() - wrong.size();
        int score = asked.isEmpty() ? 0 : (200 * right + asked.size()) / (2 * asked.size());
        return new Scored(score, score >= passMark, wrong);
    }

    /** What learners may know of the quiz before they take it. */
    public Summary summary() {
        return new Summary(passMark, questionsPerAttempt());
    }

    public record Summary(int passMark, int questionsPerAttempt) {}
}
