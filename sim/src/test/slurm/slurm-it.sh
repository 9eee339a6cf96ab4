#!/usr/bin/env bash
# Integration test of configs/sweeps/slurm/sweep.sbatch on a real one-node Slurm cluster.
#
# Installs Slurm and MUNGE from Debian's packages if they are missing (needs root and apt), writes a
# private slurm.conf for this host (its own ports, state and spool folders under a temporary
# folder), starts munged (unless one is already running), slurmctld and slurmd, runs the smoke sweep
# locally, submits it as a job array of 2 shards plus the dependent merge, waits (bounded), and
# checks that the merged runs.csv, aggregate.csv and manifest.json equal the local sweep's. The
# daemons it started are stopped on exit, whatever happens.
#
#     sim/src/test/slurm/slurm-it.sh            (from the repository root, after mvn package)
#
# Environment: SLURM_IT_TIMEOUT (seconds to wait for the jobs, default 240), SLURM_IT_SWEEP
# (default configs/sweeps/smoke.yaml).
set -euo pipefail

cd "$(dirname "$0")/../../../.."
repo="$(pwd)"
sweep="${SLURM_IT_SWEEP:-configs/sweeps/smoke.yaml}"
timeout="${SLURM_IT_TIMEOUT:-240}"
jar="sim/target/aibubble.jar"
work="$(mktemp -d /tmp/slurm-it.XXXXXX)"
started_munged=""
started_slurm=""

log() { echo "slurm-it: $*"; }
fail() { echo "slurm-it: FAIL: $*" >&2; exit 1; }

cleanup() {
    local code=$?
    if [ -n "$started_slurm" ]; then
        scontrol shutdown >/dev/null 2>&1 || true
        for pidfile in "$work/slurmctld.pid" "$work/slurmd.pid"; do
            if [ -f "$pidfile" ]; then
                local pid
                pid="$(cat "$pidfile")"
                for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
                kill "$pid" 2>/dev/null || true
            fi
        done
        log "stopped slurmctld and slurmd"
    fi
    if [ -n "$started_munged" ]; then
        kill "$started_munged" 2>/dev/null || true
        log "stopped munged"
    fi
    if [ "$code" -ne 0 ]; then
        for f in "$work"/log/*.log "$work"/slurm/logs/*.out; do
            [ -f "$f" ] && { echo "---- $f (last lines)"; tail -n 20 "$f"; }
        done
    fi
    rm -rf "$work"
    exit "$code"
}
trap cleanup EXIT

install_packages() {
    if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null; then
        return
    fi
    log "installing slurm-wlm and munge from Debian"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
}

start_munge() {
    if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
        log "munged already running"
        return
    fi
    [ -f /etc/munge/munge.key ] || { mungekey --create >/dev/null 2>&1 || create-munge-key -f >/dev/null; }
    chown munge:munge /etc/munge/munge.key 2>/dev/null || true
    mkdir -p /run/munge && chown munge:munge /run/munge
    runuser -u munge -- /usr/sbin/munged
    started_munged="$(cat /run/munge/munged.pid)"
    munge -n | unmunge >/dev/null || fail "munged does not answer"
    log "started munged (pid $started_munged)"
}

write_conf() {
    local host cpus mem
    host="$(hostname -s)"
    cpus="$(nproc)"
    mem="$(awk '/MemTotal/ {print int($2 / 1024 * 0.8)}' /proc/meminfo)"
    mkdir -p "$work/state" "$work/spool" "$work/log"
    cat > "$work/slurm.conf" <<CONF
# One-node cluster on this host for the integration test; no cgroups (containers rarely allow them).
ClusterName=aibubble-it
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/pgid
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=it Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
    export SLURM_CONF="$work/slurm.conf"
}

start_slurm() {
    slurmctld -f "$SLURM_CONF"
    slurmd -f "$SLURM_CONF"
    started_slurm=yes
    for _ in $(seq 1 60); do
        if [ "$(sinfo -h -o %t 2>/dev/null)" = "idle" ]; then
            log "cluster up: $(sinfo -h -o '%P %D node(s) %t %c CPUs')"
            return
        fi
        sleep 0.5
    done
    fail "the node did not become idle: $(sinfo 2>&1 | tail -n 1)"
}

job_state() {
    scontrol show job "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | sort -u | cut -d= -f2 | paste -sd, -
}

wait_for() {
    local array="$1" merge="$2" waited=0
    while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do
        if [ "$waited" -ge "$timeout" ]; then
            squeue -j "$array,$merge" -o '%i %T %r' >&2 || true
            fail "jobs still queued or running after ${timeout}s"
        fi
        sleep 2
        waited=$((waited + 2))
    done
    log "array job $array: $(job_state "$array"); merge job $merge: $(job_state "$merge") (waited ${waited}s)"
    [ "$(job_state "$array")" = "COMPLETED" ] || fail "array job did not complete"
    [ "$(job_state "$merge")" = "COMPLETED" ] || fail "merge job did not complete"
}

main() {
    [ -f "$jar" ] || fail "$jar missing; build it first (mvn -q -B package -DskipTests)"
    [ "$(id -u)" -eq 0 ] || fail "needs root: slurmd and munged are started here as system daemons"
    install_packages
    start_munge
    write_conf
    start_slurm

    log "local sweep of $sweep"
    java -jar "$jar" sweep "$sweep" --threads 2 --out "$work/local" > "$work/local.txt" 2> "$work/local.err"
    log "$(cat "$work/local.txt")"

    log "submitting 2 shards and the merge"
    local line array merge
    line="$(configs/sweeps/slurm/sweep.sbatch "$sweep" 2 "$work/slurm")"
    log "$(echo "$line" | head -n 1)"
    array="$(echo "$line" | sed -n 's/^submitted array job \([0-9]*\) .*/\1/p')"
    merge="$(echo "$line" | sed -n 's/.* merge job \([0-9]*\) .*/\1/p')"
    [ -n "$array" ] && [ -n "$merge" ] || fail "could not read the job ids from: $line"
    wait_for "$array" "$merge"
    log "merge log: $(tail -n 1 "$work/slurm/logs/merge.out")"

    for f in runs.csv aggregate.csv manifest.json; do
        diff -q "$work/local/$f" "$work/slurm/merged/$f" >/dev/null || {
            diff "$work/local/$f" "$work/slurm/merged/$f" | head -n 20
            fail "$f of the merged Slurm sweep differs from the local sweep"
        }
    done
    log "PASS: merged runs.csv ($(($(wc -l < "$work/slurm/merged/runs.csv") - 1)) runs), aggregate.csv and manifest.json equal the local sweep's"
}

main "$@"
