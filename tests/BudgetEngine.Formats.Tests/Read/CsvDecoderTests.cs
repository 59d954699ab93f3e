using BudgetEngine.Core.Texts;
using System.Text;
using BudgetEngine.Formats.Read;

namespace BudgetEngine.Formats.Tests.Read;

/// <summary>Reading the bytes in the encoding Excel saved them in.</summary>
public sealed class CsvDecoderTests
{
    private const string Text = "Coördinatie;€ 1.000,-";

    [Fact]
    public void UTF8_with_a_byte_order_mark_loses_the_mark()
    {
        var (text, encoding, _) = CsvDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]);

        (text, encoding).Should().Be((Text, "utf-8"));
    }

    [Fact]
    public void UTF8_without_a_byte_order_mark_is_recognised()
    {
        CsvDecoder.Decode(Encoding.UTF8.GetBytes(Text)).Should().Be((Text, "utf-8", (ErrorText?)null));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_Windows_1252()
    {
        var bytes = CsvDecoder.Windows1252.GetBytes(Text);
        bytes.Should().Contain(0x80).And.Contain(0xF6, "€ and ö are single bytes in Windows-1252");

        CsvDecoder.Decode(bytes).Should().Be((Text, "windows-1252", (ErrorText?)null));
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_recognised()
    {
        var (text, _, _) = CsvDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)]);

        text.Should().Be(Text);
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("ISO-8859-1")]
    public void A_named_charset_is_used_as_given(string charset)
    {
        var (text, _, error) = CsvDecoder.Decode(CsvDecoder.Windows1252.GetBytes("Coördinatie"), charset);

        error.Should().BeNull();
        text.Should().Be("Coördinatie");
    }

    [Fact]
    public void An_unknown_charset_is_an_error()
    {
        CsvDecoder.Decode("x"u8, "klingon").Error!.ToString().Should().Contain("'klingon'");
    }
}
