package fr.ameguide.api;

import fr.ameguide.eligibility.Problem;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/** A string that must be one of the listed codes (null passes: pair with @NotNull when required). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {
    /** The enum whose codes are allowed ({@link fr.ameguide.eligibility.Code}). */
    Class<? extends Enum<?>> value();

    String message() default Problem.INVALID_CHOICE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneOf, String> {
        private String[] allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = codes(annotation.value());
        }

        /** The public codes of an enum of the core, in declaration order. */
        public static String[] codes(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(e -> ((fr.ameguide.eligibility.Code) e).code()).toArray(String[]::new);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Arrays.asList(allowed).contains(value);
        }
    }
}
