# Build with the wrapper, run the Quarkus fast-jar on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY content content
COPY translations translations
RUN ./mvnw -B -q package -DskipTests

# Debian, so that the printed summary's PDF can use Debian's Chromium and Noto fonts.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl chromium fonts-noto-core fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 1001 --home-dir /app ameguide
WORKDIR /app
COPY --from=build --chown=1001 /src/target/quarkus-app/ /app/
# Class-data sharing: the classes the site loads at start, parsed and verified once, here, by this
# image's own JVM (an archive fits only the JVM that wrote it), with the ENTRYPOINT's memory flags.
COPY src/tools/appcds.sh /usr/local/bin/appcds.sh
RUN JAVA_OPTS="-XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=48m" sh /usr/local/bin/appcds.sh /app
USER 1001
EXPOSE 8080
# Two settings are REQUIRED at run time; without them, or with an invalid value, the site refuses to
# start and prints which one and why (README, "Production settings"). Give them to `docker run -e` or
# from your orchestrator's secrets, never in this file or the image:
#   AMEGUIDE_PUBLIC_URL  the site's public https:// origin: every printed link (the summary's QR code)
#                        is made from it, never from the request's Host header.
#   AMEGUIDE_LINK_KEY    base64 of 32 random bytes (head -c 32 /dev/urandom | base64) sealing the summary's
#                        link; keep the same key across restarts and releases, or printed QR codes stop opening.
# ENV AMEGUIDE_PUBLIC_URL=https://ame-guide.example.org
# ENV AMEGUIDE_LINK_KEY=<secret: do not write it here>
# Behind a reverse proxy, trust X-Forwarded-* from that proxy only (off by default):
#   QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true
#   QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=<the proxy's address>
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s CMD curl -fsS http://localhost:8080/q/health/live || exit 1
# Sized for a 512 MiB container that also runs the PDF browser: a 128 MiB heap with the serial
# collector (the smallest footprint, short pauses at this size), small thread stacks and code cache.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app-cds.jsa", "-XX:+UseSerialGC", "-Xmx128m", "-Xss512k", "-XX:ReservedCodeCacheSize=48m", "-XX:MaxMetaspaceSize=128m", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/quarkus-run.jar"]
