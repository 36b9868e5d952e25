using Perheverkko.Web.Features.Agreements;

namespace Perheverkko.UnitTests.Features.Agreements;

public sealed class AgreementBodyTests
{
    [Fact]
    public void A_body_is_shown_as_subheadings_paragraphs_and_lists()
    {
        var blocks = AgreementBody.Blocks("ii. Yhteistyön tavoitteet\n\nYhteistyön tavoitteina ovat:\n\n- Vahvistaa päätöksiä.\n- Viedä tietoa.\r\n\r\nToinen kappale\njatkuu.");
        Assert.Equal([BodyBlockKind.Subheading, BodyBlockKind.Paragraph, BodyBlockKind.List, BodyBlockKind.Paragraph], blocks.Select(b => b.Kind));
        Assert.Equal(["Vahvistaa päätöksiä.", "Viedä tietoa."], blocks[2].Lines);
        Assert.Equal(["Toinen kappale", "jatkuu."], blocks[3].Lines);
    }

    [Fact]
    public void A_long_paragraph_that_starts_like_a_subsection_is_still_a_paragraph()
    {
        var body = "iv. " + string.Join(' ', Enumerable.Repeat("sana", 60));
        Assert.Equal(BodyBlockKind.Paragraph, Assert.Single(AgreementBody.Blocks(body)).Kind);
    }
}
