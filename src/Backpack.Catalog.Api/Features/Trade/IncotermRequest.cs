using Backpack.Catalog.Api.Features.Pricing;
using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>An Incoterms 2020 rule and the place it names, e.g. CIF KEMBA (Mombasa) or DDP "Hamburg, DE".</summary>
public sealed class IncotermRequest
{
    /// <summary>EXW, FCA, FOB, CFR, CIF, CPT, CIP, DAP, DPU or DDP.</summary>
    /// <example>CIF</example>
    [OneOf(typeof(Incoterms), nameof(Incoterms.All))]
    public string? Rule { get; init; }

    /// <summary>The named place: a UN/LOCODE from GET /v1/places (e.g. KEMBA), or for EXW, DAP, DPU and DDP a listed city as "City, CC"
    /// (e.g. "Nairobi, KE"). EXW and FCA name the seller's place and FOB the port of loading, in the country the goods are made in;
    /// CFR and CIF a seaport of discharge, and CPT, CIP and the D rules the place of destination, in the destination country.</summary>
    /// <example>KEMBA</example>
    [MaxLength(Places.MaxTextLength)]
    public string? Place { get; init; }
}

/// <summary>What place each rule may name (Incoterms 2020): the message says what to send instead.</summary>
public static class NamedPlaceRules
{
    /// <summary>Checks the rule, then the place against the rule and the destination country, keyed incoterm.rule and incoterm.place.</summary>
    public static void Apply<T>(AbstractValidator<T> validator, Expression<Func<T, IncotermRequest?>> incoterm, Func<T, string?> destinationCountry, string destinationMember) =>
        validator.RuleFor(incoterm).Custom((request, context) =>
        {
            if (request is null)
            {
                return;
            }

            if (request.Rule is null || !Incoterms.ByCode.TryGetValue(request.Rule, out var rule))
            {
                context.AddFailure("incoterm.rule", $"incoterm.rule must be one of: {Incoterms.Describe()}.");
                return;
            }

            if (Check(rule, request.Place, destinationCountry(context.InstanceToValidate), destinationMember) is { } problem)
            {
                context.AddFailure("incoterm.place", problem);
            }
        });

    public const string PlacesHint = "GET /v1/places lists the places the supplier ships from and to.";

    public static string? Check(Incoterm rule, string? text, string? destinationCountry, string destinationMember)
    {
        var wants = Wants(rule);
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{rule.Code} names {wants}: send incoterm.place, e.g. {Example(rule)}. {PlacesHint}";
        }

        var place = Places.Resolve(text);
        if (place is null)
        {
            return $"{Shown(text)} is not a place the supplier ships from or to. Send a UN/LOCODE{(AcceptsCity(rule) ? " or \"City, CC\"" : "")} " +
                $"naming {wants}, e.g. {Example(rule)}. {PlacesHint}";
        }

        if (!Fits(rule, place))
        {
            return $"{place.Code} ({place.Name}) is not {wants}. Use one of: {Places.Describe(p => Fits(rule, p))}.";
        }

        if (text.Contains(',') && !AcceptsCity(rule))
        {
            return $"{rule.Code} names {wants} by its UN/LOCODE: send {place.Code} for {place.Name}. Only EXW, DAP, DPU and DDP take \"City, CC\".";
        }

        if (!rule.Place.DeliversAtOrigin() && destinationCountry is { Length: 2 } country && country != place.Country)
        {
            return $"{place.Code} ({place.Name}) is in {place.Country}, but {destinationMember} is {country}: {rule.Code} names a place in the destination country.";
        }

        return null;
    }

    /// <summary>EXW, FCA and FOB name a place in the factory's country: every line must be made there.</summary>
    public static string? CheckOrigin(Incoterm rule, Place place, IEnumerable<(string Sku, string OriginCountry)> lines)
    {
        if (!rule.Place.DeliversAtOrigin())
        {
            return null;
        }

        var elsewhere = lines.Where(l => l.OriginCountry != place.Country).Select(l => $"{l.Sku} ({l.OriginCountry})").Distinct().ToList();
        return elsewhere.Count == 0
            ? null
            : $"{rule.Code} {place.Code} names a place in {place.Country}, but {string.Join(", ", elsewhere)} " +
              $"{(elsewhere.Count == 1 ? "is" : "are")} made elsewhere. Order goods from one country per {rule.Code} order, or use a C or D rule, " +
              "which ships each line from its own country.";
    }

    public static bool DeliversAtOrigin(this NamedPlaceRole role) => role is NamedPlaceRole.SellersPlace or NamedPlaceRole.PortOfLoading;

    private static bool Fits(Incoterm rule, Place p) => rule.Place switch
    {
        NamedPlaceRole.SellersPlace => p.ShipsFrom,
        NamedPlaceRole.PortOfLoading => p.ShipsFrom && p.IsSeaport,
        NamedPlaceRole.PortOfDischarge => p.ShipsTo && p.IsSeaport,
        _ => p.ShipsTo,
    };

    private static bool AcceptsCity(Incoterm rule) => rule.Code is "EXW" or "DAP" or "DPU" or "DDP";

    private static string Wants(Incoterm rule) => rule.Place switch
    {
        NamedPlaceRole.SellersPlace => "the seller's place in the country the goods are made in",
        NamedPlaceRole.PortOfLoading => "the seaport the goods are loaded at, in the country they are made in",
        NamedPlaceRole.PortOfDischarge => "a seaport of discharge in the destination country",
        _ => "the place of destination in the destination country",
    };

    private static string Example(Incoterm rule) => rule.Place switch
    {
        NamedPlaceRole.SellersPlace => "CNSZX",
        NamedPlaceRole.PortOfLoading => "VNSGN",
        NamedPlaceRole.PortOfDischarge => "KEMBA",
        _ => "DEHAM",
    };

    private static string Shown(string text) => text.Length > 20 ? $"\"{text[..20]}…\"" : $"\"{text}\"";
}

/// <summary>A shipping mode is one of the four, and one the rule allows: FOB, CFR and CIF are for sea freight.</summary>
public static class ShippingModeRules
{
    public static void Apply<T>(AbstractValidator<T> validator, Expression<Func<T, string?>> mode, Func<T, IncotermRequest?> incoterm) =>
        validator.RuleFor(mode).Custom((value, context) =>
        {
            if (value is null)
            {
                return;
            }

            if (!ShippingModes.All.Contains(value))
            {
                context.AddFailure("shippingMode", $"shippingMode must be one of: {ShippingModes.Describe()}.");
            }
            else if (incoterm(context.InstanceToValidate)?.Rule is { } code && Incoterms.ByCode.TryGetValue(code, out var rule)
                && rule.SeaOnly && !ShippingModes.IsSea(value))
            {
                var instead = code == "FOB" ? "FCA" : code == "CFR" ? "CPT" : "CIP";
                context.AddFailure("shippingMode", $"{code} is for sea freight only (sea-lcl or sea-fcl); for {value} use {instead}.");
            }
        });
}
