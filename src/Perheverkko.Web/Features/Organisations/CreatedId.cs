namespace Perheverkko.Web.Features.Organisations;

/// <summary>The body of a 201 Created answer: the new row's id (its address is in the Location header).</summary>
public sealed record CreatedId(Guid Id);
