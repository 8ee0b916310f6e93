using Microsoft.AspNetCore.Authorization;

namespace CrashSearch.SearchApi.Access;

/// <summary>
/// A policy's requirement: a scope, or (<see cref="Scope"/> null) any caller the configuration lets in.
/// </summary>
internal sealed record ScopeRequirement(string? Scope) : IAuthorizationRequirement;
