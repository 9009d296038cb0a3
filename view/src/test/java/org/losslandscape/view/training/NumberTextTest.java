package org.losslandscape.view.training;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0.5; 0.5", "0,5; 0.5", " 1e-3 ; 0.001", "−2,25; -2.25", "+.5; 0.5", "3; 3"})
    void parseAcceptsPointOrComma(String text, double expected) {
        OptionalDouble value = NumberText.parse(text);

        assertTrue(value.isPresent(), text);
        assertEquals(expected, value.getAsDouble(), 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,2,3", "1.2.3", "NaN", "Infinity", "1e999", "0x10", "1,5.2"})
    void parseRejectsNonNumbers(String text) {
        assertTrue(NumberText.parse(text).isEmpty(), text);
    }
}
