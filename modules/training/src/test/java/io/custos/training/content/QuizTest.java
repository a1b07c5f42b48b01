package io.custos.training.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.custos.platform.problem.InvalidInput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizTest {

    private static NewQuiz.Question single(String text, String pool) {
        return new NewQuiz.Question(
                text,
                Quiz.Kind.SINGLE,
                pool,
                List.of(new NewQuiz.Option("right", true), new NewQuiz.Option("wrong", false)));
    }

    private static final NewQuiz.Question MULTIPLE = new NewQuiz.Question(
            "Which are personal data?",
            Quiz.Kind.MULTIPLE,
            null,
            List.of(
                    new NewQuiz.Option("a name", true),
                    new NewQuiz.Option("an e-mail address", true),
                    new NewQuiz.Option("the weather", false)));

    @Test
    void questionsAndOptionsAreNumberedByPosition() {
        Quiz quiz = Quiz.of(new NewQuiz(80, List.of(single("One?", null), MULTIPLE), null), null);
        assertThat(quiz.questions()).extracting(Quiz.Question::id).containsExactly("q1", "q2");
        assertThat(quiz.questions().get(1).options())
                .extracting(Quiz.Option::id)
                .containsExactly("q2a", "q2b", "q2c");
        assertThat(quiz.questionsPerAttempt()).isEqualTo(2);
    }

    @Test
    void onlyExactlyTheCorrectOptionsAreRightAndTheScoreRoundsHalfUp() {
        Quiz quiz =
                Quiz.of(new NewQuiz(50, List.of(single("One?", null), MULTIPLE, single("Three?", null)), null), null);
        Quiz.Scored partial = quiz.score(
                List.of("q1", "q2", "q3"), Map.of("q1", Set.of("q1a"), "q2", Set.of("q2a"), "q3", Set.of("q3b")));
        assertThat(partial.wrong()).containsExactly("q2", "q3");
        assertThat(partial.score()).isEqualTo(33);
        assertThat(partial.passed()).isFalse();
        Quiz.Scored good =
                quiz.score(List.of("q1", "q2", "q3"), Map.of("q1", Set.of("q1a"), "q2", Set.of("q2a", "q2b")));
        assertThat(good.score()).isEqualTo(67);
        assertThat(good.passed()).isTrue();
        assertThat(good.wrong()).containsExactly("q3");
    }

    @Test
    void aPoolIsDrawnAnewForEachAttempt() {
        List<NewQuiz.Question> questions = List.of(
                single("Always?", null),
                single("P1?", "pool"),
                single("P2?", "pool"),
                single("P3?", "pool"),
                single("P4?", "pool"));
        Quiz quiz = Quiz.of(new NewQuiz(80, questions, List.of(new NewQuiz.Pool("pool", 2))), null);
        assertThat(quiz.questionsPerAttempt()).isEqualTo(3);
        Random random = new Random(7);
        Set<List<String>> draws = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            List<String> drawn = quiz.draw(random);
            assertThat(drawn).hasSize(3).startsWith("q1");
            draws.add(drawn);
        }
        assertThat(draws).hasSizeGreaterThan(1);
    }

    @Test
    void badQuizzesAreNamedByPlace() {
        NewQuiz.Question twoCorrect = new NewQuiz.Question(
                "Two?", Quiz.Kind.SINGLE, null, List.of(new NewQuiz.Option("a", true), new NewQuiz.Option("b", true)));
        assertThatThrownBy(() -> Quiz.of(
                        new NewQuiz(
                                80,
                                List.of(twoCorrect, single("Pooled?", "ghost"), single("Real?", "real")),
                                List.of(new NewQuiz.Pool("real", 2))),
                        null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactly("quiz.questions[0].options", "quiz.questions[1].pool", "quiz.pools[0].draw"));
        assertThatThrownBy(() -> Quiz.of(new NewQuiz(null, List.of(MULTIPLE), null), null))
                .isInstanceOf(InvalidInput.class);
        assertThat(Quiz.of(new NewQuiz(null, List.of(MULTIPLE), null), 70).passMark())
                .isEqualTo(70);
    }

    @Test
    void theContentHashCoversStatementAndMaterialAndIsTheStatementsHashWithoutMaterial() {
        assertThat(Material.NONE.hashWith("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Material material = new Material(List.of(new Section("Rules", "<p>x</p>")));
        assertThat(material.hashWith("abc")).isNotEqualTo(Material.NONE.hashWith("abc"));
        assertThat(new Material(List.of(new Section("Rules<", "p>x</p>"))).hashWith("abc"))
                .isNotEqualTo(material.hashWith("abc"));
    }
}
