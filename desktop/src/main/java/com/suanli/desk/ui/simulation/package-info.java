/**
 * The Simulation menu and its state: the live session behind the window started, paused, sped up or
 * stopped, another configuration started, and whether the desk starts one when it opens.
 */
package com.suanli.desk.ui.simulation;
