using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.Tests.Validation;

/// <summary>Where an error's field is: segments of the input written as a JSON pointer, or a request parameter by name.</summary>
public class FieldPathTests
{
    [Fact]
    public void A_request_parameter_is_named_bare_not_as_a_pointer()
    {
        var page = FieldPath.Parameter("page");

        (page.ToString(), page.IsParameter).Should().Be(("page", true));
    }

    [Fact]
    public void A_parameter_is_never_the_same_field_as_one_of_the_document_even_when_written_alike()
    {
        // A parameter named "/x" is written as the pointer of the document's property x is, and is still another field.
        FieldPath.Parameter("/x").ToString().Should().Be(FieldPath.Of("x").ToString());

        FieldPath.Parameter("/x").Should().NotBe(FieldPath.Of("x"));
        FieldPath.Parameter("x").IsSameOrInside(FieldPath.Of("x")).Should().BeFalse();
    }

    [Fact]
    public void A_pointer_reads_back_to_its_segments_with_slash_and_tilde_unescaped()
    {
        // RFC 6901: "~1" is "/", "~0" is "~", and "~01" is "~1" (the "~1" is read first).
        var path = FieldPath.FromJsonPointer("/a~1b/c~0d/~01/3");

        path.Segments.Select(s => s.ToString()).Should().Equal("a/b", "c~d", "~1", "3");
        path.ToJsonPointer().Should().Be("/a~1b/c~0d/~01/3");
    }

    [Fact]
    public void The_empty_pointer_is_the_whole_input()
    {
        var whole = FieldPath.FromJsonPointer("");

        whole.Segments.Should().BeEmpty();
        whole.Should().Be(FieldPath.Root);
        whole.ToString().Should().BeEmpty();
    }

    [Fact]
    public void A_field_lies_inside_itself_and_its_parents_not_inside_its_children_or_siblings()
    {
        var amounts = FieldPath.Of("lines", 3, "amounts");

        amounts.IsSameOrInside(FieldPath.Of("lines", 3)).Should().BeTrue();
        amounts.IsSameOrInside(amounts).Should().BeTrue();
        FieldPath.Of("lines", 3).IsSameOrInside(amounts).Should().BeFalse();
        amounts.IsSameOrInside(FieldPath.Of("lines", 4)).Should().BeFalse();
    }

    [Fact]
    public void A_path_is_not_the_same_as_nothing()
    {
        FieldPath.Of("lines").Equals(null).Should().BeFalse();
    }

    [Fact]
    public void A_value_without_text_is_an_empty_segment()
    {
        FieldPath.Of("lines", new NoText()).ToJsonPointer().Should().Be("/lines/");
        JsonPointer.Of("lines", new NoText()).Should().Be("/lines/");
    }

    [Fact]
    public void An_error_at_a_text_with_a_leading_slash_is_at_a_field_otherwise_at_a_parameter()
    {
        new ValidationError("/lines/3", "wrong").Field.Should().Be(FieldPath.Of("lines", 3));
        new ValidationError("page", "wrong").Field.Should().Be(FieldPath.Parameter("page"));
        new ValidationError("", "wrong").Field.Should().Be(FieldPath.Root);
    }

    private sealed class NoText
    {
        public override string? ToString() => null;
    }
}
