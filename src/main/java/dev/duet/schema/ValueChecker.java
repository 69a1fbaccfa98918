package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.schema.FieldType.*;

/** Checks one field's value by the field's type, sending nested bloks back to the {@link BlokChecker}. */
final class ValueChecker {

    private final BlokChecker bloks;
    private final Problems problems;
    private final TextChecks texts;
    private final RichtextChecks richtexts;

    ValueChecker(BlokChecker bloks, Problems problems) {
        this.bloks = bloks;
        this.problems = problems;
        this.texts = new TextChecks(problems);
        this.richtexts = new RichtextChecks(bloks, problems);
    }

    /** A translation ({@code title__i18n__de}) follows the field's rules except {@code required}. */
    void check(FieldType field, JsonNode value, String path, boolean translation) {
        if (Emptiness.isEmpty(field, value)) {
            if (!translation && field.basics().isRequired()) problems.add(path, "required");
            return;
        }
        switch (field) {
            case TextField f -> texts.check(f.rules(), value, path);
            case TextareaField f -> texts.check(f.rules(), value, path);
            case MarkdownField f -> texts.check(f.rules(), value, path);
            case RichtextField f -> richtexts.check(f, value, path);
            case NumberField f -> ScalarChecks.number(f, value, path, problems);
            case BooleanField f -> ScalarChecks.bool(value, path, problems);
            case DatetimeField f -> ScalarChecks.datetime(value, path, problems);
            case OptionField f -> ChoiceChecks.option(f.choices(), value, path, problems);
            case OptionsField f -> ChoiceChecks.options(f, value, path, problems);
            case AssetField f -> ObjectChecks.asset(f.filetypes(), value, path, problems);
            case MultiassetField f -> ObjectChecks.assets(f.filetypes(), value, path, problems);
            case MultilinkField f -> ObjectChecks.link(f, value, path, problems);
            case TableField f -> ObjectChecks.table(value, path, problems);
            case BloksField f -> bloksList(f, value, path);
            case SectionField f -> {
            }
            case TabField f -> {
            }
            case CustomField f -> {
                // a plugin's value: any JSON it likes
            }
        }
    }

    private void bloksList(BloksField field, JsonNode value, String path) {
        if (!value.isArray()) {
            problems.add(path, "must be an array of bloks");
            return;
        }
        if (field.minimum() != null && value.size() < field.minimum()) {
            problems.add(path, "must hold at least " + field.minimum() + " bloks (holds " + value.size() + ")");
        }
        if (field.maximum() != null && value.size() > field.maximum()) {
            problems.add(path, "must hold at most " + field.maximum() + " bloks (holds " + value.size() + ")");
        }
        var placement = Placement.of(field);
        for (int i = 0; i < value.size(); i++) bloks.checkNested(value.get(i), Paths.index(path, i), placement);
    }
}
