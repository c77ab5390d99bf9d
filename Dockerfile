# Multi-stage build of ClinTrack's layered jar; the runtime image runs as a non-root user.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/clintrack-*.jar extract --layers --launcher --destination /workspace/extracted

FROM eclipse-temurin:21-jre
RUN groupadd --system clintrack && useradd --system --gid clintrack --home-dir /app clintrack \
 && mkdir -p /app/data && chown clintrack:clintrack /app/data
WORKDIR /app
# Least-changing layers first, so rebuilds reuse them.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
USER clintrack
ENV CLINTRACK_DATA_DIR=/app/data
# The image is for servers: without SMTP, mails (and their single-use links) never go to the log.
ENV CLINTRACK_MAIL_LOG_UNSENT=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
