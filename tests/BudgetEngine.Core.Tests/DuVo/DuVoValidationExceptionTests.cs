using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>A calculation refused for invalid input says in its message what is wrong where.</summary>
public class DuVoValidationExceptionTests
{
    [Fact]
    public void The_message_lists_every_error_at_its_field_and_an_error_of_the_whole_input_at_the_root()
    {
        var exception = new DuVoValidationException(
        [
            new ValidationError("/year", "The year must be positive."),
            new ValidationError("", "Give a distribution."),
        ]);

        exception.Message.Should().Be("The input is not valid: /year: The year must be positive.; /: Give a distribution.");
    }
}
