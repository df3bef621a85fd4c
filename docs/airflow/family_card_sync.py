"""Nightly sync of the Family Card Portal, triggered and followed from Airflow.

Copy this file into your DAGs folder and create an HTTP connection `family_card_portal`:
host = the portal's address (for example https://portal.example.gov.kz), password = the
portal's CRON_SECRET. The DAG starts the run for the day it is scheduled on, then watches the
run's status URL until it ends. A failed or abandoned run fails the DAG run; a partial run (some
sources kept their previous snapshot) succeeds with a warning in the log.

Works with Airflow 2.7+ and 3.x; it needs only `requests`, which Airflow itself installs.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import requests

try:  # Airflow 3
    from airflow.sdk import BaseHook, PokeReturnValue, dag, task
except ImportError:  # Airflow 2
    from airflow.decorators import dag, task
    from airflow.hooks.base import BaseHook
    from airflow.sensors.base import PokeReturnValue

from airflow.exceptions import AirflowException, AirflowFailException

CONNECTION_ID = "family_card_portal"
TIMEOUT_SECONDS = 30
log = logging.getLogger(__name__)


def portal() -> tuple[str, dict[str, str]]:
    """The portal's base URL and the bearer header, from the Airflow connection."""
    connection = BaseHook.get_connection(CONNECTION_ID)
    host = connection.host or ""
    base = host if host.startswith("http") else f"{connection.schema or 'https'}://{host}"
    if connection.port:
        base = f"{base}:{connection.port}"
    if not connection.password:
        raise AirflowFailException(f"Connection {CONNECTION_ID} needs the CRON_SECRET as password")
    return base.rstrip("/"), {"Authorization": f"Bearer {connection.password}"}


def start_run(snapshot_date: str) -> dict[str, str]:
    """POSTs the trigger route; answers the run id and its status URL."""
    base, headers = portal()
    response = requests.post(
        f"{base}/api/cron/sync",
        params={"date": snapshot_date},
        headers=headers,
        timeout=TIMEOUT_SECONDS,
    )
    body = response.json() if response.content else {}
    if response.status_code == 409:
        # Retried by Airflow: the run that is going may end before the retries do.
        raise AirflowException(f"A sync run is already going: {body.get('runningRunId')}")
    if response.status_code != 202:
        raise AirflowFailException(f"The portal refused the run ({response.status_code}): {body}")

    log.info("Sync run %s started for snapshot %s", body["runId"], snapshot_date)
    return {"run_id": body["runId"], "status_url": f"{base}/api/sync/runs/{body['runId']}"}


def run_state(status_url: str) -> tuple[bool, dict]:
    """Whether the run has ended, with the run as the status route returns it."""
    _, headers = portal()
    response = requests.get(status_url, headers=headers, timeout=TIMEOUT_SECONDS)
    response.raise_for_status()
    run = response.json()
    for stage in run["stages"]:
        log.info("  %-16s %-10s %3.0f%%", stage["name"], stage["status"], stage["progress"] * 100)

    if run["status"] == "running":
        return False, run
    if run["status"] in ("failed", "abandoned"):
        raise AirflowFailException(f"Sync run {run['id']} {run['status']}: {run.get('error')}")
    if run["status"] == "partial":
        failed = sorted({source for stage in run["stages"] for source in stage["failedSources"]})
        log.warning("Sync run %s is partial; sources kept their previous snapshot: %s",
                    run["id"], ", ".join(failed))
    return True, run


@dag(
    dag_id="family_card_sync",
    schedule="0 1 * * *",  # 01:00 UTC, after the registries' nightly deliveries
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 3, "retry_delay": timedelta(minutes=5)},
    tags=["family-card"],
)
def family_card_sync():
    @task
    def trigger(snapshot_date: str) -> dict[str, str]:
        return start_run(snapshot_date)

    # Reschedule mode frees the worker slot between checks of a run that lasts hours.
    @task.sensor(poke_interval=60, timeout=8 * 60 * 60, mode="reschedule")
    def wait_for_run(started: dict[str, str]) -> PokeReturnValue:
        done, run = run_state(started["status_url"])
        return PokeReturnValue(is_done=done, xcom_value=run["status"] if done else None)

    # The end of the data interval is the day the DAG runs on, in Airflow 2 and 3 alike.
    wait_for_run(trigger("{{ data_interval_end | ds }}"))


family_card_sync()
