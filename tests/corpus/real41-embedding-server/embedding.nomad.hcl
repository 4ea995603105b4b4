job "embedding-service" {
  datacenters = ["dc1"]
  type = "service"

  group "embedding" {
    count = 1

    network {
      port "http" {
        static = 8111
        to = 8111
      }
    }

    task "embedding-service" {
      driver = "docker"

      config {
        image = "embedding-service:0.0.1"
      }

      env {
        PYTHONUNBUFFERED = "1"
      }

      resources {
        cpu = 500
        memory = 1024
      }
    }
  }
}
