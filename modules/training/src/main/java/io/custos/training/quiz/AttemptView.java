package io.custos.training.quiz;

import io.custos.training.content.Quiz;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An attempt as its learner sees it: the questions asked with their options, never which are
 * correct; once submitted, the options chosen, whether each question was answered correctly, the
 * score and whether it passed.
 */
public record AttemptView(
        String id,
        String courseCode,
        String version,
        String status,
        int passMark,
        List<AskedQuestion> questions,
        Instant startedAt,
        Instant submittedAt,
        Integer score,
        Boolean passed,
        List<String> wrong) {

    public record AskedQuestion(
            String id,
            String text,
            Quiz.Kind kind,
            List<Choice> options,
            List<String> chosen,
            Boolean answeredCorrectly) {}

    public record Choice(String id, String text) {}

    static AttemptView of(String courseCode, Attempt attempt, Quiz quiz) {
        Map<String, List<String>> chosen = attempt.answers()
                .map(s -> s.answers().stream()
                        .collect(Collectors.toMap(Submission.Answer::questionId, Submission.Answer::optionIds)))
                .orElse(null);
        Set<String> wrong = attempt.isSubmitted()
                ? Set.copyOf(quiz.score(attempt.questionIds(), sets(chosen)).wrong())
                : Set.of();
        List<AskedQuestion> questions = attempt.questionIds().stream()
                .map(id -> quiz.question(id).orElseThrow())
                .map(q -> new AskedQuestion(
                        q.id(),
                        q.text(),
                        q.kind(),
                        q.options().stream()
                                .map(o -> new Choice(o.id(), o.text()))
                                .toList(),
                        chosen == null ? null : chosen.getOrDefault(q.id(), List.of()),
                        attempt.isSubmitted() ? !wrong.contains(q.id()) : null))
                .toList();
        return new AttemptView(
                attempt.id(),
                courseCode,
                attempt.versionName(),
                attempt.isSubmitted() ? "SUBMITTED" : "OPEN",
                quiz.passMark(),
                questions,
                attempt.startedAt(),
                attempt.submittedAt(),
                attempt.score(),
                attempt.isSubmitted() ? attempt.passed() : null,
                attempt.isSubmitted()
                        ? attempt.questionIds().stream().filter(wrong::contains).toList()
                        : null);
    }

    static Map<String, Set<String>> sets(Map<String, List<String>> chosen) {
        return chosen == null
                ? Map.of()
                : chosen.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }
}
