# syntax=docker/dockerfile:1
# Build: docker build -t backpack-catalog .
# Run:   docker run -p 8080:8080 -v backpack-data:/var/lib/backpack-catalog backpack-catalog

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Backpack.Catalog.Api/Backpack.Catalog.Api.csproj src/Backpack.Catalog.Api/
RUN dotnet restore src/Backpack.Catalog.Api/Backpack.Catalog.Api.csproj
COPY db/ db/
COPY src/ src/
RUN dotnet publish src/Backpack.Catalog.Api/Backpack.Catalog.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Everything is configured by environment variables (ASP.NET Core maps Section__Key to Section:Key):
#   Database__Provider=Sqlite|SqlServer, Database__ConnectionString, Database__DataFolder, Database__SeedDemoCatalogue
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__Provider=Sqlite \
    Database__DataFolder=/var/lib/backpack-catalog
# The trade documents' PDFs are set in Liberation Sans.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /var/lib/backpack-catalog && chown app:app /var/lib/backpack-catalog
COPY --from=build /app ./
# The image's non-root user (uid 1654).
USER app
EXPOSE 8080
VOLUME ["/var/lib/backpack-catalog"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["dotnet", "Backpack.Catalog.Api.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Backpack.Catalog.Api.dll"]
