# Build: the stand-in package first (see README, "Packages"), then a Release publish. Release builds
# carry no runtime compiler: the app runs the Wolverine code committed under Internal/Generated.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
RUN dotnet pack build/Patched.DistributedLock.Core -o build/feed --nologo \
    && dotnet publish src/Oversight.Api -c Release -o /app --nologo

# Run: as the image's unprivileged "app" user, on port 8080, against the database named by the
# environment: ConnectionStrings__Oversight="Host=…;Database=…;Username=…;Password=…".
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS=http://+:8080 \
    Logging__Json=true
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Oversight.Api.dll"]
