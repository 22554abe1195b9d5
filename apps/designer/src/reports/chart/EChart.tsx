import { useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ECharts, EChartsOption } from 'echarts';
import type { ChartPoint } from './report-chart-model';

// Only what the designer draws: this module is loaded on demand with the report pages.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface EChartProps {
  option: EChartsOption;
  height: number | string;
  /** Category axis: `x` for columns and lines, `y` for horizontal bars, none for pies. */
  categoryAxis?: 'x' | 'y';
  onPointClick?: (point: ChartPoint) => void;
  testId?: string;
}

/**
 * ECharts with clicks reported as points: a bar, slice or symbol gives its series and index; a click elsewhere in a
 * category's band of the plot (a thin bar, a line between symbols) gives the whole category.
 */
export function EChart({ option, height, categoryAxis, onPointClick, testId }: EChartProps) {
  const seriesClicked = useRef(false);
  const callback = useRef(onPointClick);
  callback.current = onPointClick;

  const onReady = (instance: ECharts) => {
    if (!categoryAxis) return;
    instance.getZr().on('click', (event) => {
      // The series' own click (registered by ECharts first) wins; checked after it had its turn.
      setTimeout(() => {
        if (seriesClicked.current) {
          seriesClicked.current = false;
          return;
        }
        const pixel = [event.offsetX, event.offsetY];
        if (!instance.containPixel('grid', pixel)) return;
        const [x, y] = instance.convertFromPixel('grid', pixel) as number[];
        const index = Math.round((categoryAxis === 'x' ? x : y) ?? Number.NaN);
        if (Number.isInteger(index) && index >= 0) callback.current?.({ dataIndex: index });
      }, 0);
    });
  };

  return (
    <div data-testid={testId} style={{ height, cursor: onPointClick ? 'pointer' : undefined }}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: '100%', width: '100%' }}
        onChartReady={onReady}
        onEvents={{
          click: (params: { seriesIndex?: number; dataIndex?: number }) => {
            if (params.dataIndex === undefined) return;
            seriesClicked.current = true;
            callback.current?.({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
          },
        }}
      />
    </div>
  );
}
