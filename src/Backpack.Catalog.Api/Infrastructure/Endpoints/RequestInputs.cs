using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using FastEndpoints;

namespace Backpack.Catalog.Api.Infrastructure.Endpoints;

public enum RequestSource
{
    Route,
    Query,
    Header,
    Body,
}

/// <summary>One input a request DTO declares: the property, where it comes from, and the name the client sends.</summary>
public sealed record RequestInput(PropertyInfo Property, RequestSource Source, string Name, bool Required);

/// <summary>
/// What a request DTO says it is bound from: <see cref="RouteParamAttribute"/>, <see cref="QueryParamAttribute"/>,
/// <see cref="FromHeaderAttribute"/> and <see cref="FromBodyAttribute"/> on its properties. A DTO that declares none of
/// them is the JSON body itself. Both the binder and the OpenAPI document read this, so they cannot disagree.
/// </summary>
public static class RequestInputs
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<RequestInput>> Declared = new();

    public static IReadOnlyList<RequestInput> Of(Type dto) => Declared.GetOrAdd(dto, static type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(InputOf).OfType<RequestInput>().ToList());

    /// <summary>
    /// A DTO of parameters binds nothing from a JSON body unless one property takes it whole; a body DTO binds nothing but its
    /// body, so a query string or route value named like one of its members cannot change what was sent.
    /// </summary>
    public static BindingSource SourcesOf(Type dto)
    {
        var inputs = Of(dto);
        if (inputs.Count == 0)
        {
            return BindingSource.JsonBody;
        }

        var sources = BindingSource.RouteValues | BindingSource.QueryParams | BindingSource.Headers;
        return inputs.Any(i => i.Source == RequestSource.Body) ? sources | BindingSource.JsonBody : sources;
    }

    private static RequestInput? InputOf(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<BindFromAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        var required = property.IsDefined(typeof(RequiredAttribute));
        if (property.GetCustomAttribute<FromHeaderAttribute>() is { } header)
        {
            return new RequestInput(property, RequestSource.Header, header.HeaderName ?? name, required);
        }

        if (property.IsDefined(typeof(RouteParamAttribute)))
        {
            return new RequestInput(property, RequestSource.Route, name, true);
        }

        if (property.IsDefined(typeof(QueryParamAttribute)))
        {
            return new RequestInput(property, RequestSource.Query, name, required);
        }

        return property.IsDefined(typeof(FromBodyAttribute)) ? new RequestInput(property, RequestSource.Body, name, false) : null;
    }
}

/// <summary>Binds a request from the sources its DTO declares (<see cref="RequestInputs.SourcesOf"/>), and from no other.</summary>
public sealed class DeclaredSourcesBinder<TRequest>() : RequestBinder<TRequest>(RequestInputs.SourcesOf(typeof(TRequest)))
    where TRequest : notnull;
