package org.aibubble.sim.cli;

/** Process exit codes of every command. */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The run started but failed (books out of balance, numeric blow-up, model error); its folder says failed. */
    RUN_FAILED(1),
    /** Bad input (config, command-line value, output folder); nothing was written. */
    BAD_INPUT(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** @return the process exit code */
    public int code() {
        return code;
    }
}
