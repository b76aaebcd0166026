# Backprop Playground server image: the fat jar on a Java 17 JRE, run as a non-root user.
#   docker build -t backprop-playground .
#   docker run -p 7070:7070 -v backprop-data:/data backprop-playground                 # SQLite in /data
#   docker run -p 7070:7070 -e DATABASE_URL=postgres://user:pass@db:5432/backprop backprop-playground
# Checked without a container engine by FatJarIT.startsAsTheDockerfileSays (see README "In a container").

# ---- build: the same command as the README's, tests left to CI
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# poms first, so the dependency download is a cached layer of its own
COPY pom.xml ./
COPY engine/pom.xml engine/
COPY web/pom.xml web/
COPY backend/pom.xml backend/
RUN mvn -B -q -Dmaven.test.skip=true dependency:go-offline || true
COPY engine engine
COPY web web
COPY backend backend
RUN mvn -B -q -Dmaven.test.skip=true package

# ---- run
FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK only
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 backprop \
    && useradd --system --uid 10001 --gid backprop --home-dir /app --shell /usr/sbin/nologin backprop \
    && mkdir -p /app /data && chown backprop:backprop /data
COPY --from=build /src/backend/target/backprop-playground.jar /app/backprop-playground.jar
ENV PORT=7070 DATA_DIR=/data
VOLUME /data
EXPOSE 7070
USER backprop
WORKDIR /app
HEALTHCHECK --interval=30s --timeout=3s --start-period=40s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT}/health" || exit 1
ENTRYPOINT ["java", "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=75", "-jar", "/app/backprop-playground.jar"]
